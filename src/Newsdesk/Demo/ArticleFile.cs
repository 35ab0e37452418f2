using System.Globalization;

namespace Newsdesk.Demo;

/// <summary>An article file as written, before wire copies are resolved against their originals.</summary>
internal sealed record ArticleDraft(
    string Id,
    string Outlet,
    string Event,
    TimeSpan Published,
    string Headline,
    string Author,
    string Section,
    string Summary,
    string? Caption,
    IReadOnlyList<string> Paragraphs,
    bool Paywalled,
    string? CopyOf,
    int DropLast);

/// <summary>
/// Parses samples/articles/&lt;id&gt;.md: "---", "key: value" lines, "---", then paragraphs
/// separated by blank lines (a paragraph may wrap over several lines).
/// </summary>
internal static class ArticleFile
{
    private const string Fence = "---";

    public static ArticleDraft Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != Fence)
        {
            throw new SampleSetException($"{file}: must start with a '---' front matter");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != Fence; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new SampleSetException($"{file}:{i + 1}: expected 'key: value'");
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (i >= lines.Length)
        {
            throw new SampleSetException($"{file}: the front matter is not closed with '---'");
        }

        var paragraphs = SplitParagraphs(lines.Skip(i + 1));
        var id = Path.GetFileNameWithoutExtension(file);
        string Required(string key) =>
            fields.TryGetValue(key, out var value) && value.Length > 0 ? value : throw new SampleSetException($"{file}: '{key}' is required");
        string? Optional(string key) => fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        if (Optional("id") is { } declared && declared != id)
        {
            throw new SampleSetException($"{file}: id '{declared}' does not match the file name");
        }

        if (!SampleDuration.TryParse(Required("published"), out var published))
        {
            throw new SampleSetException($"{file}: published '{fields["published"]}' is not an offset like +1h30m");
        }

        var dropLast = Optional("dropLast") is { } drop ? int.Parse(drop, CultureInfo.InvariantCulture) : 0;
        return new ArticleDraft(
            id,
            Required("outlet"),
            Required("event"),
            published,
            Required("headline"),
            Required("author"),
            Optional("section") ?? "News",
            Required("summary"),
            Optional("caption"),
            paragraphs,
            Optional("paywalled") == "true",
            Optional("copyOf"),
            dropLast);
    }

    private static List<string> SplitParagraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                current.Add(line.Trim());
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }
}
