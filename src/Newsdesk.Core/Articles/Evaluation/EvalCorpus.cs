using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Newsdesk.Articles.Evaluation;

/// <summary>One annotated page of the trafilatura evaluation set.</summary>
internal sealed record EvalPage(string Url, string File, byte[] Html, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>
/// Reads the trafilatura evaluation set in place: evaldata.json (per page URL: file, with, without)
/// and the pages from html-docs.tar.gz, streamed through GZip and Tar without unpacking.
/// </summary>
internal static class EvalCorpus
{
    /// <summary>Largest page read from the archive.</summary>
    internal const int MaxPageBytes = 32 * 1024 * 1024;

    public static List<EvalPage> Load(Stream evaldataJson, Stream htmlDocsTarGz)
    {
        using var json = JsonDocument.Parse(evaldataJson);
        var wanted = new Dictionary<string, (string Url, string[] With, string[] Without)>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            var file = page.Value.GetProperty("file").GetString()!;
            wanted[file] = (page.Name, Strings(page.Value, "with"), Strings(page.Value, "without"));
        }

        var pages = new List<EvalPage>();
        using var gzip = new GZipStream(htmlDocsTarGz, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || entry.Length > MaxPageBytes)
            {
                continue;
            }

            var name = Path.GetFileName(entry.Name);
            if (!wanted.TryGetValue(name, out var page))
            {
                continue;
            }

            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            pages.Add(new EvalPage(page.Url, name, buffer.ToArray(), page.With, page.Without));
            wanted.Remove(name);
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return pages;
    }

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
