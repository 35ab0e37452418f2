using System.Text;

namespace Newsdesk.Articles;

/// <summary>
/// Reads a page's own statement that it is for subscribers only: schema.org's
/// <c>"isAccessibleForFree": false</c> in its JSON-LD, the markup search engines ask paywalled
/// news sites to use. Works on the raw bytes (the property name and value are ASCII in every
/// encoding a news page uses), before and independently of extraction, which removes paywall boxes.
/// </summary>
public static class PageAccess
{
    /// <summary>Characters after the property name within which its value must appear.</summary>
    private const int ValueWindow = 16;

    private static readonly byte[] Property = Encoding.ASCII.GetBytes("isAccessibleForFree");

    public static bool IsSubscriberOnly(ReadOnlySpan<byte> page)
    {
        var rest = page;
        while (rest.IndexOf(Property) is var at and >= 0)
        {
            rest = rest[(at + Property.Length)..];
            var window = rest[..Math.Min(ValueWindow, rest.Length)];
            var value = Encoding.ASCII.GetString(window).TrimStart('"', '\'', ' ', ':', '\t', '\r', '\n');
            if (value.StartsWith("false", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
