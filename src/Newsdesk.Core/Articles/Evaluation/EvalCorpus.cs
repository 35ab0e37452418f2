using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Newsdesk.Articles.Evaluation;

/// <summary>One annotated page of the trafilatura evaluation set.</summary>
internal sealed record EvalPage(string Url, string File, byte[] Html, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>
/// Reads the trafilatura evaluation set in place: evaldata.json (per page URL: file, with, without)
/// and the pages from html-docs.tar.gz, streamed through GZip and Tar without unpacking. Pages are
/// yielded one at a time in archive order, so a caller that does not keep them holds one page at a time.
/// </summary>
internal static class EvalCorpus
{
    /// <summary>Largest page read from the archive.</summary>
    internal const int MaxPageBytes = 32 * 1024 * 1024;

    /// <summary>Streams the annotated pages of the set found in the archive, in archive order.</summary>
    public static IEnumerable<EvalPage> Stream(Stream evaldataJson, Stream htmlDocsTarGz)
    {
        var wanted = ReadAnnotations(evaldataJson);
        return Pages(wanted, htmlDocsTarGz);
    }

    /// <summary>Streams the set from its folder (evaldata.json and html-docs.tar.gz), opening the files lazily.</summary>
    public static IEnumerable<EvalPage> Stream(string folder)
    {
        Dictionary<string, (string Url, string[] With, string[] Without)> wanted;
        using (var json = File.OpenRead(Path.Combine(folder, "evaldata.json")))
        {
            wanted = ReadAnnotations(json);
        }

        using var tar = File.OpenRead(Path.Combine(folder, "html-docs.tar.gz"));
        foreach (var page in Pages(wanted, tar))
        {
            yield return page;
        }
    }

    private static Dictionary<string, (string Url, string[] With, string[] Without)> ReadAnnotations(Stream evaldataJson)
    {
        using var json = JsonDocument.Parse(evaldataJson);
        var wanted = new Dictionary<string, (string Url, string[] With, string[] Without)>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            var file = page.Value.GetProperty("file").GetString()!;
            wanted[file] = (page.Name, Strings(page.Value, "with"), Strings(page.Value, "without"));
        }

        return wanted;
    }

    private static IEnumerable<EvalPage> Pages(Dictionary<string, (string Url, string[] With, string[] Without)> wanted, Stream htmlDocsTarGz)
    {
        using var gzip = new GZipStream(htmlDocsTarGz, CompressionMode.Decompress, leaveOpen: true);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || entry.Length > MaxPageBytes)
            {
                continue;
            }

            var name = Path.GetFileName(entry.Name);
            if (!wanted.Remove(name, out var page))
            {
                continue;
            }

            var html = new byte[entry.Length];
            entry.DataStream.ReadExactly(html);
            yield return new EvalPage(page.Url, name, html, page.With, page.Without);
        }
    }

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
