using System.CommandLine;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Verification;
using Newsdesk.Writing;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk verify STORY.json --sources ARTICLES.json</c> (design.md §3): checks every sentence
/// of a story (or of <c>{"text"}</c>, plain text split into sentences) against the articles it
/// cites and prints <c>{"sentences":[{"text","supported","score","reasons"}],"supported","unsupported"}</c>.
/// Exit 0 when every sentence is supported, 3 when any is not, 1 on a bad input, 2 on bad usage.
/// </summary>
internal static class VerifyCommand
{
    /// <summary>Exit code when at least one sentence is unsupported, as design.md §3 fixes it.</summary>
    public const int Unsupported = 3;

    /// <summary>Most articles one verification reads; more is a bad input, not a slow run.</summary>
    public const int MaxArticles = InputLimits.MaxArticlesPerStory;

    /// <summary>Most sentences a story may hold (headline, lede, paragraphs, bullets, facts together).</summary>
    public const int MaxStoryItems = 5000;

    public static Command Create()
    {
        var story = new Argument<string>("STORY") { Description = "The story as JSON (the output of write), or {\"text\":\"...\"}; - for standard input" };
        StageTool.RejectUnknownOptions(story);
        var sources = new Option<string>("--sources") { Description = "JSON {\"articles\":[{\"id\",\"url\",\"source\",\"title\",\"text\",\"published\"}]}", Required = true };
        var command = new Command("verify", "Check that every sentence of a story is supported by the articles it cites.") { story, sources };
        command.SetAction(async (parse, ct) =>
        {
            var storyPath = parse.GetValue(story)!;
            var sourcesPath = parse.GetValue(sources)!;
            if (storyPath == "-" && sourcesPath == "-")
            {
                await Console.Error.WriteLineAsync("newsdesk: the story and the sources cannot both come from standard input");
                return Cli.UsageError;
            }

            VerificationReport report;
            try
            {
                var articles = ReadArticles(await ReadFileAsync(sourcesPath, ct));
                report = Verify(await ReadFileAsync(storyPath, ct), articles);
            }
            catch (Exception e) when (e is BadInputException or IOException or JsonException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {InputErrors.Describe(e)}");
                return 1;
            }

            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, report, StageTool.Indented, ct);
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
            return report.Unsupported > 0 ? Unsupported : 0;
        });
        return command;
    }

    /// <summary>One of the two inputs, bounded; a file that cannot be read is named in the error.</summary>
    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            return (await StageTool.ReadAsync(path, ct, InputLimits.MaxJsonInputBytes)).Bytes;
        }
        catch (BadInputException e)
        {
            throw new BadInputException($"{path}: {e.Message}");
        }
    }

    /// <summary>Verifies a story document (or <c>{"text"}</c>) against the articles.</summary>
    internal static VerificationReport Verify(byte[] storyJson, IReadOnlyList<Article> articles)
    {
        using var doc = Parse(storyJson, "story");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new BadInputException("story: expected a JSON object");
        }

        var verifier = new Verifier();
        if (root.TryGetProperty("text", out var text) && !root.TryGetProperty("headline", out _))
        {
            var plain = text.ValueKind == JsonValueKind.String ? text.GetString() ?? "" : throw new BadInputException("story: \"text\" must be a string");
            return plain.Length > InputLimits.MaxArticleTextChars
                ? throw new BadInputException($"story: \"text\" is longer than {InputLimits.MaxArticleTextChars} characters")
                : verifier.VerifyText(plain, articles);
        }

        return verifier.Verify(ReadStory(root), articles);
    }

    /// <summary>Reads the story shape of design.md §3 leniently: a missing part is empty, a wrong type is a bad input.</summary>
    internal static Story ReadStory(JsonElement root)
    {
        var count = 0;
        CitedSentence Cited(JsonElement e)
        {
            if (++count > MaxStoryItems)
            {
                throw new BadInputException($"story: more than {MaxStoryItems} sentences");
            }

            return e.ValueKind == JsonValueKind.String
                ? new CitedSentence(e.GetString() ?? "", [])
                : new CitedSentence(String(e, "text"), Ids(e, "cites"));
        }

        var sections = new List<StorySection>();
        foreach (var section in Array(root, "sections"))
        {
            var paragraphs = Array(section, "paragraphs")
                .Select(p => (IReadOnlyList<CitedSentence>)(p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(Cited).ToList() : [Cited(p)]))
                .ToList();
            var bullets = Array(section, "bullets").Select(Cited).ToList();
            sections.Add(new StorySection(String(section, "heading"), paragraphs, bullets));
        }

        var facts = Array(root, "facts").Select(f => new StoryFact(String(f, "label"), String(f, "value"), Ids(f, "cites"))).ToList();
        return new Story(String(root, "headline"), String(root, "dateline"), String(root, "lede"), Ids(root, "ledeCites"), sections, facts, []);
    }

    /// <summary>Reads <c>{"articles":[...]}</c>; an article without an id is a bad input.</summary>
    internal static IReadOnlyList<Article> ReadArticles(byte[] json)
    {
        using var doc = Parse(json, "sources");
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new BadInputException("sources: expected a JSON object {\"articles\":[...]}");
        }

        var articles = new List<Article>();
        foreach (var a in list.EnumerateArray())
        {
            if (articles.Count >= MaxArticles)
            {
                throw new BadInputException($"sources: more than {MaxArticles} articles");
            }

            var id = a.ValueKind == JsonValueKind.Object && a.TryGetProperty("id", out var idElement) ? idElement.ToString() : "";
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new BadInputException($"sources: article {articles.Count + 1} has no id");
            }

            DateTimeOffset? published = a.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;
            articles.Add(InputLimits.Bound(new Article(id, String(a, "url"), String(a, "source"), String(a, "title"), String(a, "text"), published)));
        }

        return articles;
    }

    private static JsonDocument Parse(byte[] json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{what}: not JSON: {e.Message}");
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : "";

    private static List<string> Ids(JsonElement e, string name) =>
        Array(e, name).Select(v => v.ToString()).Where(s => s.Length > 0).ToList();
}
