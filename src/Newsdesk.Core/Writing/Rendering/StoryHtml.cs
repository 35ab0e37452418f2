using System.Net;
using System.Text;

namespace Newsdesk.Writing.Rendering;

/// <summary>
/// A story as an HTML fragment (an &lt;article&gt;), every text escaped. A citation is a
/// superscript link to the story's own sources list, <c>&lt;sup&gt;&lt;a href="#source-N"&gt;N&lt;/a&gt;&lt;/sup&gt;</c>,
/// whose entries (<c>id="source-N"</c>) link out to the original articles (design.md §3). The
/// article is marked with the story's language, and its headings are in it (<see cref="StoryWords"/>).
/// </summary>
public static class StoryHtml
{
    public static string Render(Story story)
    {
        var cites = new Citations(story);
        var html = new StringBuilder();
        var words = StoryWords.For(story.Language);
        html.AppendLine($"<article class=\"story\" lang=\"{E(story.Language)}\">");
        html.AppendLine($"<h1>{E(story.Headline)}</h1>");
        // A story of headlines alone may have no lede: then the dateline stands without the dash.
        var dateline = story.Dateline.Length > 0 ? $"<span class=\"dateline\">{E(story.Dateline)}</span>{(story.Lede.Length > 0 ? " \u2014 " : "")}" : "";
        html.AppendLine($"<p class=\"lede\">{dateline}{(story.Lede.Length > 0 ? Sentence(story.Lede, story.LedeCites, cites) : "")}</p>");
        foreach (var section in story.Sections)
        {
            html.AppendLine("<section>");
            html.AppendLine($"<h2>{E(section.Heading)}</h2>");
            foreach (var paragraph in section.Paragraphs)
            {
                html.AppendLine($"<p>{string.Join(' ', paragraph.Select(s => Sentence(s.Text, s.Cites, cites)))}</p>");
            }

            if (section.Bullets.Count > 0)
            {
                html.AppendLine("<ul>");
                foreach (var bullet in section.Bullets)
                {
                    html.AppendLine($"<li>{Sentence(bullet.Text, bullet.Cites, cites)}</li>");
                }

                html.AppendLine("</ul>");
            }

            html.AppendLine("</section>");
        }

        if (story.Facts.Count > 0)
        {
            html.AppendLine("<section class=\"facts\">");
            html.AppendLine($"<h2>{E(words.KeyFacts)}</h2>");
            html.AppendLine("<table>");
            foreach (var fact in story.Facts)
            {
                html.AppendLine($"<tr><th scope=\"row\">{E(fact.Label)}</th><td>{E(fact.Value)}{Marks(fact.Cites, cites)}</td></tr>");
            }

            html.AppendLine("</table>");
            html.AppendLine("</section>");
        }

        html.AppendLine("<section class=\"sources\">");
        html.AppendLine($"<h2>{E(words.Sources)}</h2>");
        html.AppendLine("<ol>");
        for (var i = 0; i < story.Sources.Count; i++)
        {
            var s = story.Sources[i];
            var title = s.Title.Length > 0 ? s.Title : s.Url;
            var when = s.Published is { } p ? $" <time datetime=\"{p.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{p.UtcDateTime:yyyy-MM-dd}</time>" : "";
            html.AppendLine($"<li id=\"source-{i + 1}\">{E(s.Source)}: <a href=\"{Href(s.Url)}\" rel=\"noopener\">{E(title)}</a>{when}</li>");
        }

        html.AppendLine("</ol>");
        html.AppendLine("</section>");
        html.AppendLine("</article>");
        return html.ToString();
    }

    private static string Sentence(string text, IEnumerable<string> ids, Citations cites) => E(text) + Marks(ids, cites);

    private static string Marks(IEnumerable<string> ids, Citations cites) =>
        string.Concat(cites.For(ids).Select(n => $"<sup><a href=\"#source-{n}\">{n}</a></sup>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Only http(s) links are written out; anything else (javascript:, data:) becomes "#".</summary>
    private static string Href(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? WebUtility.HtmlEncode(uri.AbsoluteUri)
            : "#";
}
