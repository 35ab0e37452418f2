using System.Text;
using System.Text.Json;

namespace Newsdesk.Demo;

/// <summary>JSON Feed 1.1: summary, and content_html when the outlet puts its full text in the feed (else content_text holds the summary).</summary>
internal static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static string Write(FeedContext context)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", context.Title);
            w.WriteString("home_page_url", context.OutletHome.AbsoluteUri);
            w.WriteString("feed_url", context.FeedUrl.AbsoluteUri);
            w.WriteString("description", context.Outlet.Description);
            w.WriteString("language", "en");
            w.WriteStartArray("items");
            foreach (var article in context.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", context.Outlet.Slug + "-" + article.Id);
                w.WriteString("url", context.LinkOf(article));
                w.WriteString("title", article.Headline);
                w.WriteString("summary", article.Summary);
                if (context.CarriesText(article))
                {
                    w.WriteString("content_html", FeedContext.Html(article));
                }
                else
                {
                    w.WriteString("content_text", article.Summary);
                }

                w.WriteString("date_published", XmlText.Rfc3339(context.PublishedAt(article)));
                w.WriteStartArray("authors");
                w.WriteStartObject();
                w.WriteString("name", article.Author);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("tags");
                w.WriteStringValue(article.Section);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
