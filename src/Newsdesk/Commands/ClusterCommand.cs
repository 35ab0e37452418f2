using System.CommandLine;
using System.Text;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Stories;
using Newsdesk.Text;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk cluster PATH</c> (design.md §3): JSON Lines of articles in arrival order in, JSON Lines
/// <c>{"id","story"}</c> out in the same order, each article placed online by <see cref="StoryClusterer"/>.
/// Unlike the other stage tools it streams: one input, one output line per input line. A bad line
/// stops the run with exit 1 and a one-line error naming the line.
/// </summary>
internal static class ClusterCommand
{
    /// <summary>Longest input line read; a longer one is a bad line, not an out-of-memory.</summary>
    public const int MaxLineChars = 8 * 1024 * 1024;

    /// <summary>
    /// Lines between two full compacting collections, which hand freed memory back to the system.
    /// The clusterer's live state stops growing (about 172 MB in heap dumps from 326,000 to 761,000
    /// undated synthetic lines), but the garbage collector kept the memory it had once used, scattered
    /// between live objects, so the process grew with its input: 395 MB peak at 300,000 lines, 583 MB at
    /// 1,000,000 (issue #17; a workstation or memory-conserving collector alone did not stop it). One
    /// such collection costs well under a second; 100,000 lines cost over a minute.
    /// </summary>
    public const int CompactEveryLines = 100_000;

    /// <summary>The wire shape of one input line; adapted to <see cref="Article"/>.</summary>
    private sealed record ArticleLine(string? Id, string? Url, string? Source, string? Title, string? Text, DateTimeOffset? Published);

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "JSON Lines of articles {\"id\",\"url\",\"source\",\"title\",\"text\",\"published\"} in arrival order, or - for standard input" };
        StageTool.RejectUnknownOptions(path);
        var window = new Option<double>("--window-hours") { Description = "How long a story takes articles after its first (one happening and its direct developments)", DefaultValueFactory = _ => 168 };
        var command = new Command("cluster", "Group articles into stories, online, in arrival order; prints {\"id\",\"story\"} per line");
        command.Arguments.Add(path);
        command.Options.Add(window);
        command.SetAction(async (parsed, ct) =>
        {
            var hours = parsed.GetValue(window);
            if (hours is <= 0 or > 24 * 60)
            {
                await Console.Error.WriteLineAsync("newsdesk: --window-hours must be between 0 and 1440");
                return Cli.UsageError;
            }

            var options = new StoryClustererOptions { Window = TimeSpan.FromHours(hours) };
            await using var stdout = Console.OpenStandardOutput();
            return await RunAsync(parsed.GetValue(path)!, options, stdout, Console.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(string path, StoryClustererOptions options, Stream stdout, TextWriter stderr, CancellationToken ct)
    {
        if (path != "-" && !File.Exists(path))
        {
            await stderr.WriteLineAsync($"newsdesk: {path}: {(Directory.Exists(path) ? "is a directory, not a file" : "no such file")}");
            return 1;
        }

        using var reader = path == "-"
            ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
            : new StreamReader(path, Encoding.UTF8);
        var clusterer = new StoryClusterer(options);
        await using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = StageTool.Compact.Encoder });
        var lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Article article;
            try
            {
                article = line.Length > MaxLineChars
                    ? throw new InvalidDataException($"line longer than {MaxLineChars} characters")
                    : Parse(line);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidDataException)
            {
                await writer.FlushAsync(ct);
                await stderr.WriteLineAsync($"newsdesk: {path}: line {lineNumber}: {InputErrors.Describe(e)}");
                return 1;
            }

            var assignment = clusterer.Add(article);
            if (lineNumber % CompactEveryLines == 0)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }

            writer.WriteStartObject();
            writer.WriteString("id", assignment.ArticleId);
            writer.WriteString("story", assignment.StoryId);
            writer.WriteEndObject();
            await writer.FlushAsync(ct);
            writer.Reset();
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
        }

        await stdout.FlushAsync(ct);
        return 0;
    }

    private static Article Parse(string line)
    {
        var wire = JsonSerializer.Deserialize<ArticleLine>(line, StageTool.Compact)
            ?? throw new InvalidDataException("not an article object");
        if (string.IsNullOrWhiteSpace(wire.Id))
        {
            throw new InvalidDataException("article has no \"id\"");
        }

        return InputLimits.Bound(new Article(wire.Id, wire.Url ?? "", wire.Source ?? "", wire.Title ?? "", wire.Text ?? "", wire.Published));
    }
}
