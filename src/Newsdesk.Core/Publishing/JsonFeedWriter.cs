using System.Text.Encodings.Web;
using System.Text.Json;

namespace Newsdesk.Publishing;

/// <summary>Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1): content_text, RFC 3339 dates, tags, and the language of the feed and of each item.</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // The default encoder escapes <, > and & too, so the document stays safe if a client renders it as HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    public static byte[] Write(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("description", feed.Description);
            json.WriteString("home_page_url", feed.HomeUrl.AbsoluteUri);
            json.WriteString("feed_url", feed.FeedUrl.AbsoluteUri);
            json.WriteString("language", feed.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", "Newsdesk");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("url", entry.Url.AbsoluteUri);
                json.WriteString("title", entry.Title);
                json.WriteString("content_text", entry.Summary);
                json.WriteString("summary", entry.Summary);
                json.WriteString("date_published", XmlText.Rfc3339(entry.Published));
                json.WriteString("date_modified", XmlText.Rfc3339(entry.Updated));
                json.WriteString("language", entry.Language);
                json.WriteStartArray("tags");
                foreach (var category in entry.Categories)
                {
                    json.WriteStringValue(category);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
