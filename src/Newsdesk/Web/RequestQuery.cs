using Microsoft.AspNetCore.Http;
using Newsdesk.Publishing;
using Newsdesk.Text;

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

    /// <summary>
    /// The language asked for with <c>lang</c>: null when absent; <see cref="NoLanguage"/> when
    /// repeated or not a language the site knows (<see cref="Languages"/>); else its code.
    /// </summary>
    public static string? Language(HttpContext context)
    {
        var values = context.Request.Query["lang"];
        if (values.Count == 0)
        {
            return null;
        }

        var code = values.Count == 1 ? values.ToString() : "";
        return Languages.IsKnown(code) ? code : NoLanguage;
    }

    /// <summary>What <see cref="Language"/> returns for a <c>lang</c> the site cannot serve.</summary>
    public const string NoLanguage = "";

    public static readonly string UnknownLanguage =
        "There is no such language here. Languages are two-letter codes: " + string.Join(", ", Languages.Codes) + ".";

    public const string BadPage = "The page number must be a whole number from 1 to 1000.";
}
