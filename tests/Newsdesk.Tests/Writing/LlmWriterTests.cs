using System.Text.Json;
using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Commands;
using Newsdesk.Testing;
using Newsdesk.Writing.Llm;

namespace Newsdesk.Writing.Tests;

/// <summary>The LLM writer against a fake OpenAI-compatible server on loopback, through the real OpenAI client.</summary>
public partial class LlmWriterTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [GeneratedRegex(@"^\[(?<id>P\d+)\] \((?<source>[^)]*)\) (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex PassageLine();

    private static IReadOnlyList<Article> Storm()
    {
        var path = Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "writing", "storm.json");
        return JsonSerializer.Deserialize<Input>(File.ReadAllText(path), Json)!.Articles;
    }

    private sealed record Input(List<Article> Articles);

    /// <summary>The passages the writer sent: id -> text.</summary>
    private static Dictionary<string, string> Passages(string user) =>
        PassageLine().Matches(user).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["text"].Value.TrimEnd('\r'));

    private static (string Id, string Text) Find(Dictionary<string, string> passages, string contains) =>
        passages.Where(p => p.Value.Contains(contains, StringComparison.Ordinal)).Select(p => (p.Key, p.Value)).FirstOrDefault() is { Key: not null } found
            ? found
            : throw new InvalidOperationException($"no passage holds '{contains}' among: {string.Join(" | ", passages.Values)}");

    private static object S(string text, params string[] ids) => new { text, passages = ids };

    /// <summary>A story made of the passages verbatim, plus <paramref name="extra"/> sentences in the first section.</summary>
    private static string GoodStory(string user, params object[] extra)
    {
        var p = Passages(user);
        var lede = Find(p, "A violent storm flooded large parts of Geneva");
        var rhone = Find(p, "The Rhone burst its banks");
        var rescue = Find(p, "Rescue teams evacuated two hospitals");
        var mayor = Find(p, "We have not seen flooding");
        var army = Find(p, "The Swiss army will send 300 soldiers");
        var paragraph = new List<object> { S(rhone.Text, rhone.Id), S(rescue.Text, rescue.Id) };
        paragraph.AddRange(extra);
        return JsonSerializer.Serialize(new
        {
            headline = "Storm floods Geneva",
            lede = S(lede.Text, lede.Id),
            sections = new object[]
            {
                new { heading = "The Rhone bursts its banks", paragraphs = new[] { paragraph }, bullets = new[] { S(mayor.Text, mayor.Id) } },
                new { heading = "What comes next", paragraphs = new[] { new[] { S(army.Text, army.Id) } }, bullets = Array.Empty<object>() },
            },
            facts = new[] { new { label = "Residents", value = "4,000", passages = new[] { lede.Id } } },
        });
    }

    /// <summary>
    /// Time allowed per story where the test is not about timeouts: generous, because a shared,
    /// loaded CI machine can take seconds to answer on loopback, and a time-out there would turn
    /// the test into one about the fallback.
    /// </summary>
    private const int AmpleSeconds = 120;

    private static (LlmWriter Writer, StoryCache Cache) Writer(FakeOpenAiServer server, int timeoutSeconds = AmpleSeconds)
    {
        var options = new LlmWriterOptions { Endpoint = server.Endpoint, Model = "fake-model", ApiKey = "test", TimeoutSeconds = timeoutSeconds };
        var cache = new StoryCache();
        return (new LlmWriter(LlmWiring.CreateClient(options), options, new ExtractiveWriter(), cache, TimeProvider.System), cache);
    }

    private static LlmOutcome.Written Written(LlmOutcome outcome) =>
        outcome as LlmOutcome.Written ?? throw new Xunit.Sdk.XunitException($"expected a written story, got {outcome}");

    private static IEnumerable<string> Texts(Story story) =>
        ExtractiveWriter.Sentences(story).Concat(story.Facts.Select(f => $"{f.Label}: {f.Value}")).Append(story.Headline);

    [Fact]
    public async Task Good_story_is_published_with_every_sentence_cited()
    {
        await using var server = new FakeOpenAiServer((user, _) => new FakeAnswer(200, GoodStory(user)));
        var (writer, _) = Writer(server);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);

        Assert.True(server.Errors.Count == 0, string.Join("\n", server.Errors).Replace("|", "\n|"));
        var written = Written(result.Outcome);
        Assert.Empty(written.Dropped);
        Assert.Equal(1, server.Requests);
        var story = result.Story;
        Assert.Equal("Storm floods Geneva", story.Headline);
        Assert.Equal("GENEVA, Nov. 24, 2026", story.Dateline);
        Assert.StartsWith("A violent storm flooded large parts of Geneva", story.Lede, StringComparison.Ordinal);
        Assert.Equal(2, story.Sections.Count);
        var army = story.Sections[1].Paragraphs[0][0];
        Assert.Equal(["reuters-1", "swissinfo-1"], army.Cites); // cites every supporting article, not only the passage's
        Assert.Contains("[P", server.UserMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_name_changed_number_and_invented_quote_are_caught_and_never_published()
    {
        await using var server = new FakeOpenAiServer((user, n) =>
        {
            if (n > 1)
            {
                return new FakeAnswer(200, """{"repairs":[]}"""); // the repair round fixes nothing
            }

            var p = Passages(user);
            var rescue = Find(p, "Rescue teams evacuated two hospitals");
            var rhone = Find(p, "The Rhone burst its banks");
            var mayor = Find(p, "We have not seen flooding");
            return new FakeAnswer(200, GoodStory(
                user,
                S(rescue.Text.Replace("Cornavin", "Lausanne-Gare", StringComparison.Ordinal), rescue.Id),
                S(rhone.Text.Replace("180 millimetres", "250 millimetres", StringComparison.Ordinal), rhone.Id),
                S("\"The city will be rebuilt within a week,\" Mayor Christina Kitsos told reporters.", mayor.Id)));
        });
        var (writer, _) = Writer(server);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);

        var written = Written(result.Outcome);
        Assert.Equal(2, server.Requests); // the draft and one repair round
        Assert.Equal(3, written.Dropped.Count);
        var published = string.Join('\n', Texts(result.Story));
        Assert.DoesNotContain("Lausanne", published, StringComparison.Ordinal);
        Assert.DoesNotContain("250 millimetres", published, StringComparison.Ordinal);
        Assert.DoesNotContain("rebuilt within a week", published, StringComparison.Ordinal);
        Assert.Contains("180 millimetres", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_row_and_a_subhead_the_sources_do_not_support_are_not_published()
    {
        await using var server = new FakeOpenAiServer((user, n) =>
        {
            if (n > 1)
            {
                return new FakeAnswer(200, """{"repairs":[]}""");
            }

            var p = Passages(user);
            var lede = Find(p, "A violent storm flooded large parts of Geneva");
            var rhone = Find(p, "The Rhone burst its banks");
            var rescue = Find(p, "Rescue teams evacuated two hospitals");
            var army = Find(p, "The Swiss army will send 300 soldiers");
            return new FakeAnswer(200, JsonSerializer.Serialize(new
            {
                headline = "Storm floods Geneva",
                lede = S(lede.Text, lede.Id),
                sections = new object[]
                {
                    new { heading = "Hospitals evacuated in Lausanne", paragraphs = new[] { new[] { S(rhone.Text, rhone.Id), S(rescue.Text, rescue.Id) } }, bullets = Array.Empty<object>() },
                    new { heading = "What comes next", paragraphs = new[] { new[] { S(army.Text, army.Id) } }, bullets = Array.Empty<object>() },
                },
                facts = new[]
                {
                    new { label = "Residents", value = "4,000", passages = new[] { lede.Id } },
                    new { label = "Soldiers sent", value = "4,000", passages = new[] { lede.Id } },   // the number of another thing
                },
            }));
        });
        var (writer, _) = Writer(server);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);

        Written(result.Outcome);
        var story = result.Story;
        Assert.Equal(["Residents: 4,000"], story.Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(["The story", "What comes next"], story.Sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task Repair_round_replaces_a_flagged_sentence_with_a_supported_one()
    {
        await using var server = new FakeOpenAiServer((user, n) =>
        {
            var p = Passages(user);
            var rhone = Find(p, "The Rhone burst its banks");
            if (n > 1)
            {
                return new FakeAnswer(200, JsonSerializer.Serialize(new { repairs = new[] { new { id = 3, text = rhone.Text, passages = new[] { rhone.Id } } } }));
            }

            return new FakeAnswer(200, GoodStory(user, S(rhone.Text.Replace("180", "999", StringComparison.Ordinal), rhone.Id)));
        });
        var (writer, _) = Writer(server);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);
        var written = Written(result.Outcome);
        Assert.Single(written.Repaired);
        Assert.Empty(written.Dropped);
        Assert.DoesNotContain("999", string.Join('\n', Texts(result.Story)), StringComparison.Ordinal);
    }

    public sealed record Failure(string Name, Func<string, int, FakeAnswer> Answer, int TimeoutSeconds, string ReasonContains)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Failure> Failures => new()
    {
        new("malformed JSON", (_, _) => new FakeAnswer(200, "{\"headline\": \"Storm\", \"lede\": {\"text\": "), AmpleSeconds, "expected JSON shape"),
        new("prose instead of JSON", (_, _) => new FakeAnswer(200, "Here is your story: a storm hit Geneva."), AmpleSeconds, "expected JSON shape"),
        new("429 on every try", (_, _) => new FakeAnswer(429, ""), AmpleSeconds, "endpoint failed"),
        new("timeout", (_, _) => new FakeAnswer(200, "{}", Timeout.InfiniteTimeSpan), 1, "timed out"),   // never answers
        new("server error", (_, _) => new FakeAnswer(500, ""), AmpleSeconds, "endpoint failed"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Endpoint_failures_fall_back_to_the_extractive_writer(Failure failure)
    {
        await using var server = new FakeOpenAiServer(failure.Answer);
        var (writer, cache) = Writer(server, failure.TimeoutSeconds);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);

        var fellBack = Assert.IsType<LlmOutcome.FellBack>(result.Outcome);
        Assert.Contains(failure.ReasonContains, fellBack.Reason, StringComparison.Ordinal);
        var extractive = await new ExtractiveWriter().WriteAsync(Storm(), CancellationToken.None);
        Assert.Equal(extractive.Lede, result.Story.Lede);
        Assert.Equal(0, cache.Count); // a fallback is not cached: the next revision check tries the model again
    }

    [Fact]
    public async Task A_429_once_is_retried_within_the_budget()
    {
        await using var server = new FakeOpenAiServer((user, n) => n == 1 ? new FakeAnswer(429, "") : new FakeAnswer(200, GoodStory(user)));
        var (writer, _) = Writer(server);
        var result = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);
        Written(result.Outcome);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task The_same_revision_is_never_paid_for_twice()
    {
        await using var server = new FakeOpenAiServer((user, _) => new FakeAnswer(200, GoodStory(user)));
        var (writer, _) = Writer(server);
        var first = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);
        var second = await writer.WriteWithOutcomeAsync(Storm(), CancellationToken.None);
        Written(first.Outcome);
        Assert.IsType<LlmOutcome.Cached>(second.Outcome);
        Assert.Same(first.Story, second.Story);
        Assert.Equal(1, server.Requests);

        var changed = Storm().Select((a, i) => i == 0 ? a with { Text = a.Text + "\n\nThe lake level peaked on Tuesday morning." } : a).ToList();
        Assert.NotEqual(StoryRevision.Of(Storm()), StoryRevision.Of(changed));
    }
}
