using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Text;

/// <summary>
/// Markup that survived as text: tags, script and style bodies, entity debris (<c>&amp;lt;b&amp;gt;</c>,
/// escaped twice by a feed), attribute debris (<c>img src=x onerror=...</c>), <c>javascript:</c>
/// links and the common script statements left when only the tags were stripped
/// (<c>document.title='PW'+'NED'</c>). Markup is never text: <see cref="Clean"/> removes it before
/// any stage sees an article, and <see cref="HasMarkup"/> tells a sentence that still carries some,
/// which is not publishable. Every pattern is linear (non-backtracking), so hostile input costs
/// time in proportion to its length.
/// </summary>
public static partial class MarkupDebris
{
    /// <summary>Entity decodings tried at most: markup escaped once or twice comes out; deeper is left (and is still markup).</summary>
    public const int MaxDecodePasses = 3;

    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Elements whose content is code or never prose.
    [GeneratedRegex(@"<(script|style|iframe|noscript|template|svg|object|textarea)\b[^>]*>.*?</(script|style|iframe|noscript|template|svg|object|textarea)\s*>", Linear | RegexOptions.Singleline)]
    private static partial Regex CodeElement();

    // An opening script or style tag whose end is not in the text: the rest of its line is its body.
    [GeneratedRegex(@"<(script|style)\b[^>]*>[^\n]*", Linear)]
    private static partial Regex OpenCodeElement();

    [GeneratedRegex(@"<!--.*?(-->|$)|<!\[CDATA\[|\]\]>", Linear | RegexOptions.Singleline)]
    private static partial Regex Comment();

    // A tag: "<b>", "</p>", "<img src=x>", "<br/>"; also one cut off before its '>' ("<b <i ...").
    [GeneratedRegex(@"</?[a-z][a-z0-9:-]*(\s[^<>]*)?/?>|</?[a-z][a-z0-9]*\s", Linear)]
    private static partial Regex Tag();

    // Attributes left without their tag, and the tag name before them: "img src=x onerror=alert(1)".
    [GeneratedRegex(@"(\b(img|svg|iframe|script|style|object|embed|body|input|video|audio|source|link|meta|a|div|span)\s+)?(\b(on[a-z]{3,}|src|href|srcdoc|style|xmlns|formaction|xlink:href)\s*=\s*(""[^""]*""|'[^']*'|[^\s<>]+)\s*)+", Linear)]
    private static partial Regex AttributeDebris();

    [GeneratedRegex(@"\b(javascript|vbscript)\s*:[^\s]*", Linear)]
    private static partial Regex ScriptUrl();

    // Script statements a tag stripper leaves behind: property writes and calls on the browser's
    // globals, alert/eval/prompt/confirm calls, and string concatenations of quoted pieces.
    [GeneratedRegex(@"\b(document|window|parent|top|self|location|localStorage|sessionStorage|console)(\.[a-z_$][a-z0-9_$]*)+\s*(=\s*('[^'\n]*'|""[^""\n]*""|[a-z0-9_$.]+)(\s*\+\s*('[^'\n]*'|""[^""\n]*""|[a-z0-9_$.]+))*|\([^)\n]*\))\s*;?|\b(alert|eval|prompt|confirm|fetch)\s*\([^)\n]*\)\s*;?", Linear)]
    private static partial Regex ScriptStatement();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", Linear)]
    private static partial Regex Entity();

    [GeneratedRegex(@"[ \t\u00a0]{2,}", Linear)]
    private static partial Regex Spaces();

    // What a sentence must not carry once published: a tag, an entity, attribute debris, code.
    [GeneratedRegex(@"</?[a-z!][^<>]*>|&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});|\b(on[a-z]{3,}|src|href|srcdoc)\s*=|\b(javascript|vbscript)\s*:|\b(document|window)\.[a-z_$]+|\b(alert|eval)\s*\(|'\s*\+\s*'", Linear)]
    private static partial Regex Leftover();

    /// <summary>The text with every piece of markup removed and the spaces it leaves collapsed, and apostrophes an outlet lost with their entity put back (<see cref="LostApostrophes"/>); paragraph breaks kept.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cleaned = Strip(text);
        for (var pass = 0; pass < MaxDecodePasses && Entity().IsMatch(cleaned); pass++)
        {
            cleaned = Strip(WebUtility.HtmlDecode(cleaned));
        }

        return LostApostrophes.Repair(Tidy(cleaned));   // an entity the outlet dropped: "George Floyd s death"
    }

    /// <summary>True when the sentence still carries markup (a tag, an entity, attribute or script debris): it is not publishable.</summary>
    public static bool HasMarkup(string? sentence) => !string.IsNullOrEmpty(sentence) && Leftover().IsMatch(sentence);

    private static string Strip(string text)
    {
        if (text.IndexOfAny(MarkupStarts) < 0 && !text.Contains('=', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal))
        {
            return text;
        }

        text = CodeElement().Replace(text, " ");
        text = OpenCodeElement().Replace(text, " ");
        text = Comment().Replace(text, " ");
        text = Tag().Replace(text, " ");
        text = AttributeDebris().Replace(text, " ");
        text = ScriptUrl().Replace(text, " ");
        return ScriptStatement().Replace(text, " ");
    }

    private static readonly char[] MarkupStarts = ['<', '>', '&', '(', '.'];

    private static string Tidy(string text)
    {
        if (!Spaces().IsMatch(text) && !text.Contains(" \n", StringComparison.Ordinal) && !text.Contains("\n ", StringComparison.Ordinal))
        {
            return text.Trim();
        }

        var lines = Spaces().Replace(text, " ").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Trim();
        }

        return string.Join('\n', lines).Trim();
    }
}
