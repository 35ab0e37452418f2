using Microsoft.AspNetCore.Http;
using Newsdesk.Publishing;

namespace Newsdesk.Web;

/// <summary>Reads the few query parameters the site takes, refusing repeats and out-of-range values.</summary>
internal static class RequestQuery
{
    /// <summary>The page number, or null when it is repeated, not a number, or outside 1..<see cref="Paging.MaxPage"/>.</summary>
    public static int? Page(HttpContext context)
    {
        var values = context.Request.Query["page"];
        return values.Count > 1 ? null : Paging.ParsePage(values.ToString());
    }

    /// <summary>The search query trimmed, or null when it is repeated or longer than <see cref="Paging.MaxQueryChars"/>.</summary>
    public static string? Search(HttpContext context)
    {
        var values = context.Request.Query["q"];
        if (values.Count > 1)
        {
            return null;
        }

        var query = values.ToString().Trim();
        return query.Length > Paging.MaxQueryChars ? null : query;
    }

    public const string BadPage = "The page number must be a whole number from 1 to 1000.";
}
