using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Newsdesk.Demo;

/// <summary>What a page template is filled with for one article.</summary>
internal sealed record PageContext(
    SampleOutlet Outlet,
    SampleArticle Article,
    Uri OutletHome,
    Uri FeedUrl,
    string FeedType,
    DateTimeOffset Published,
    IReadOnlyList<(string Title, string Url)> Related);

/// <summary>
/// Fills an outlet's page template. Placeholders are {{name}} (HTML-escaped values, or HTML
/// fragments for body parts, related links and JSON-LD); {{#if flag}}...{{/if}} keeps a block
/// only when the flag holds (paywalled, free, caption, copy).
/// </summary>
internal static partial class SamplePageRenderer
{
    /// <summary>Paragraphs before the template's mid-article boxes (newsletter, ads, related).</summary>
    internal const int HeadParagraphs = 2;

    [GeneratedRegex(@"\{\{#if (?<flag>[a-z_]+)\}\}(?<body>.*?)\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\{\{(?<name>[a-z_]+)\}\}")]
    private static partial Regex Placeholder();

    public static string Render(string template, PageContext page)
    {
        var article = page.Article;
        var visible = article.Paywalled ? article.Paragraphs.Take(1).ToList() : article.Paragraphs.ToList();
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["paywalled"] = article.Paywalled,
            ["free"] = !article.Paywalled,
            ["caption"] = article.Caption is not null,
            ["copy"] = article.WireCopyOf is not null,
            ["related"] = page.Related.Count > 0,
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["outlet_name"] = E(page.Outlet.Name),
            ["outlet_home"] = E(page.OutletHome.AbsoluteUri),
            ["feed_url"] = E(page.FeedUrl.AbsoluteUri),
            ["feed_type"] = E(page.FeedType),
            ["headline"] = E(article.Headline),
            ["author"] = E(article.Author),
            ["section"] = E(article.Section),
            ["summary"] = E(article.Summary),
            ["caption"] = E(article.Caption ?? ""),
            ["image"] = E(new Uri(page.OutletHome, "img/" + article.Id + ".svg").AbsoluteUri),
            ["canonical"] = E(new Uri(page.OutletHome, article.Path).AbsoluteUri),
            ["published_iso"] = XmlText.Rfc3339(page.Published),
            ["published_human"] = page.Published.ToString("dddd d MMMM yyyy, HH:mm 'GMT'", CultureInfo.InvariantCulture),
            ["published_short"] = page.Published.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            ["published_date"] = page.Published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            ["published_time"] = page.Published.ToString("h:mm tt 'UTC'", CultureInfo.InvariantCulture),
            ["body"] = Paragraphs(visible),
            ["body_head"] = Paragraphs(visible.Take(HeadParagraphs)),
            ["body_tail"] = Paragraphs(visible.Skip(HeadParagraphs)),
            ["related"] = string.Concat(page.Related.Select(r => $"<li><a href=\"{E(r.Url)}\">{E(r.Title)}</a></li>")),
            ["jsonld"] = JsonLd(page),
            ["year"] = page.Published.Year.ToString(CultureInfo.InvariantCulture),
        };

        var kept = Conditional().Replace(template, m =>
            flags.TryGetValue(m.Groups["flag"].Value, out var on) && on ? m.Groups["body"].Value : "");
        return Placeholder().Replace(kept, m =>
            values.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);
    }

    private static string Paragraphs(IEnumerable<string> paragraphs)
    {
        var s = new StringBuilder();
        foreach (var p in paragraphs)
        {
            s.Append("<p>").Append(E(p)).Append("</p>\n");
        }

        return s.ToString();
    }

    private static string JsonLd(PageContext page)
    {
        var doc = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = page.Article.Headline,
            ["description"] = page.Article.Summary,
            ["datePublished"] = XmlText.Rfc3339(page.Published),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = page.Article.Author },
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = page.Outlet.Name },
            ["mainEntityOfPage"] = new Uri(page.OutletHome, page.Article.Path).AbsoluteUri,
            ["isAccessibleForFree"] = !page.Article.Paywalled,
            ["articleSection"] = page.Article.Section,
        };
        return JsonSerializer.Serialize(doc);
    }

    /// <summary>
    /// Escapes markup characters only. Unlike WebUtility.HtmlEncode it leaves non-ASCII letters as
    /// they are, so a page's bytes depend on its charset, as real pages' do.
    /// </summary>
    internal static string E(string text)
    {
        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return s.ToString();
    }
}
