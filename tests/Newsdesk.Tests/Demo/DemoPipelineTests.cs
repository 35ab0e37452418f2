using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Articles;
using Newsdesk.Demo;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Workers;
using Newsdesk.Storage;
using Newsdesk.Verification;
using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Tests.Demo;

/// <summary>
/// The whole pipeline on the bundled sample outlets, as `newsdesk demo` runs it but without the
/// terminal display and with a stepped replay: story time moves to the next moment the outlets
/// change only once the pipeline has handled the moment before completely, so the run is the same
/// on every machine under any load. The stories it forms are checked against the answer key in
/// samples/expected.json.
/// </summary>
public sealed class DemoPipelineTests(ITestOutputHelper output)
{
    /// <summary>
    /// B-cubed F1 of the demo's stories against the answer key's events. The stepped replay makes it
    /// the same on every run: 0.960 (P 1.000, R 0.924; 68 articles in 16 stories, the grouping is
    /// printed), recorded in session 6 with candidates also looked up by the article's names (the
    /// derailment's side report about a student who freed passengers opened a story of its own in
    /// `newsdesk cluster` over a demo run's articles). It was 0.945 with 64 articles in 15 stories
    /// when the specific-name and settled-story rules came on, and 0.899 before
    /// them (the derailment story held the strike's first reports and a cup report). The floor sits
    /// just under it, so only a change that groups the demo worse fails it; re-record it when
    /// grouping improves.
    /// </summary>
    private const double GroupingF1Floor = 0.955;

    /// <summary>
    /// Longest wait for the whole stepped replay (17 s with the machine's load average near 20 when
    /// recorded, 4.5 min near 80): only a hang reaches it, even on a shared machine with every core busy.
    /// </summary>
    private static readonly TimeSpan Limit = Patience.Hang * 5;

    [Fact]
    public async Task TheDemoFormsTheRightStoriesWithResolvingCitations()
    {
        var data = Path.Combine(Path.GetTempPath(), "newsdesk-demo-test-" + Guid.NewGuid().ToString("N"));
        using var timeout = new CancellationTokenSource(Limit);
        await using var run = await DemoRun.StartAsync(new DemoSettings { DataDir = data, SitePort = 0, OutletPort = 0, Stepped = true }, timeout.Token);
        await run.ReplaySteppedAsync(timeout.Token);
        Assert.True(await run.CaughtUpAsync(timeout.Token), "the stepped replay ended with revisions the site does not show");

        var key = ExpectedEvents.Load(run.Samples.Root);
        var articles = run.Services.GetRequiredService<ArticleStore>();
        var stories = run.Services.GetRequiredService<StoryStore>();
        var catalog = run.Services.GetRequiredService<InMemoryStoryCatalog>();

        // Which sample each stored article is, and which story it is in.
        var membership = await stories.MembershipAsync(timeout.Token);
        var stored = (await articles.RecentAsync(10_000, timeout.Token)).ToDictionary(a => a.Id);
        var sampleOf = new Dictionary<long, SampleArticle>();
        foreach (var article in stored.Values)
        {
            var path = new Uri(article.Url).AbsolutePath;
            var sample = run.Samples.Articles.SingleOrDefault(s => path.EndsWith(s.Path, StringComparison.Ordinal));
            Assert.True(sample is not null, $"stored article {article.Url} is not a sample article");
            sampleOf[article.Id] = sample!;
        }

        // Grouping: B-cubed against the answer key's events.
        var predicted = membership.ToDictionary(m => sampleOf[m.ArticleId].Id, m => m.StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var gold = predicted.Keys.ToDictionary(id => id, id => key.EventOf[id]);
        var (precision, recall, f1) = BCubed(predicted, gold);
        foreach (var story in predicted.GroupBy(p => p.Value).OrderBy(g => g.Select(p => p.Key).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal))
        {
            output.WriteLine($"story: {string.Join(" ", story.Select(p => p.Key).Order(StringComparer.Ordinal))}");
        }

        output.WriteLine($"grouping: {predicted.Count} articles in {predicted.Values.Distinct().Count()} stories; answer key: {gold.Values.Distinct().Count()} events; B-cubed P {precision:0.000} R {recall:0.000} F1 {f1:0.000}");
        Assert.True(predicted.Count == run.Samples.Articles.Count, $"{predicted.Count} of {run.Samples.Articles.Count} sample articles were stored and placed");
        Assert.True(f1 >= GroupingF1Floor, $"grouping F1 {f1:0.000} is below the floor {GroupingF1Floor}");

        // Wire copies are recognised: every copy of one agency text links to the first of them stored,
        // so a story counts them as one voice.
        foreach (var wire in key.WireCopies)
        {
            var group = stored.Values.Where(a => wire.Copies.Contains(sampleOf[a.Id].Id) || sampleOf[a.Id].Id == wire.Original).OrderBy(a => a.Id).ToList();
            Assert.Equal(wire.Copies.Count + 1, group.Count);
            Assert.Null(group[0].DuplicateOf);
            Assert.All(group.Skip(1), c => Assert.Equal(group[0].Id, c.DuplicateOf));
        }

        // Every published sentence cites real sources of its story and is supported by them.
        var verifier = new Verifier();
        var front = await catalog.FrontPageAsync(1, 100, timeout.Token);
        Assert.NotEmpty(front);
        foreach (var summary in front)
        {
            var story = await catalog.GetBySlugAsync(summary.Slug, timeout.Token);
            Assert.NotNull(story);
            var sources = story!.Content.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            // Sources link to canonical URLs: the Courier's feed adds utm_* parameters to every link.
            Assert.All(story.Content.Sources, s => Assert.DoesNotContain("utm_", s.Url, StringComparison.Ordinal));
            var storyArticles = membership.Where(m => m.StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture) == story.Id)
                .Select(m => stored[m.ArticleId].ToArticle()).ToList();
            var prepared = verifier.Prepare(storyArticles);
            foreach (var sentence in story.Content.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)))
            {
                Assert.NotEmpty(sentence.Cites);
                Assert.All(sentence.Cites, c => Assert.Contains(c, sources));
                Assert.True(verifier.Check(sentence.Text, sentence.Cites, prepared).Supported, $"unsupported sentence published in {story.Slug}: {sentence.Text}");
            }
        }

        // Stories in the sources' languages (issue #18): the French and the German sample events are
        // written from their own reports and published marked with their language.
        foreach (var (language, sample) in new[] { ("fr", "courrier-marche-1"), ("de", "rundschau-hochwasser-1") })
        {
            var storyId = membership.Single(m => sampleOf[m.ArticleId].Id == sample).StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var summary = Assert.Single(front, s => s.Id == storyId);
            var story = (await catalog.GetBySlugAsync(summary.Slug, timeout.Token))!;
            Assert.Equal(language, story.Language);
            Assert.Equal(language, summary.Language);
            output.WriteLine($"{language}: {story.Content.Headline} | {story.Content.Dateline} | {story.Content.Lede}");
            foreach (var section in story.Content.Sections)
            {
                output.WriteLine($"  [{section.Heading}] " + string.Join(" ", section.Paragraphs.SelectMany(p => p).Concat(section.Bullets).Select(c => c.Text)));
            }
        }

        // The contradiction on the derailment's injured count and time is reported, not settled.
        // Checked on each story as written from exactly the reports it holds now: the revision the
        // pipeline published last may predate the story's last report (one that adds no outlet and
        // no fact is not rewritten), and which report arrives when depends on the replay's timing.
        var writing = run.Services.GetRequiredService<Newsdesk.Workers.WritingStage>();
        foreach (var contradiction in key.Contradictions)
        {
            var storyIds = membership.Where(m => key.EventOf[sampleOf[m.ArticleId].Id] == contradiction.Event).Select(m => m.StoryId).Distinct().ToList();
            var exercised = false;
            foreach (var storyId in storyIds)
            {
                var held = await stories.ArticlesAsync(storyId, timeout.Token);
                var heldSamples = held.Select(a => sampleOf[a.Id].Id).ToHashSet(StringComparer.Ordinal);
                var heldClaims = contradiction.Claims.Where(c => c.Articles.Any(heldSamples.Contains)).ToList();
                var (written, _, _) = await writing.ComposeAsync(held, timeout.Token);
                var text = JsonSerializer.Serialize(written);
                var mentioned = heldClaims.Where(claim => claim.Forms.Any(f => text.Contains(f.Trim(), StringComparison.Ordinal))).ToList();
                output.WriteLine($"contradiction '{contradiction.Fact}', story {storyId} ({string.Join(", ", heldSamples.Order(StringComparer.Ordinal))}): "
                    + $"{mentioned.Count} of the {heldClaims.Count} claims its reports make are in its text ({string.Join(", ", mentioned.Select(c => c.Value))})");
                var slug = front.FirstOrDefault(f => f.Id == storyId.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Slug;
                if (slug is not null && await catalog.GetBySlugAsync(slug, timeout.Token) is { } published)
                {
                    var publishedText = JsonSerializer.Serialize(published.Content);
                    output.WriteLine($"  its published revision {published.Revision} (written from the reports it held then) mentions: "
                        + string.Join(", ", heldClaims.Where(c => c.Forms.Any(f => publishedText.Contains(f.Trim(), StringComparison.Ordinal))).Select(c => c.Value)));
                }

                if (heldClaims.Count > 1)
                {
                    exercised = true;
                    Assert.Equal(heldClaims.Select(c => c.Value), mentioned.Select(c => c.Value));
                }
            }

            Assert.True(exercised, $"no story holds reports of two claims on '{contradiction.Fact}'");
        }

        // The site's search (the database's full-text index) finds each story by a word of its
        // headline and by a word from deep in its body.
        using (var client = new HttpClient { BaseAddress = run.SiteUrl })
        {
            foreach (var summary in front)
            {
                // A story told in its lede alone (one short report) has no deeper text to search for.
                var story = (await catalog.GetBySlugAsync(summary.Slug, timeout.Token))!;
                var deep = story.Content.Sections.LastOrDefault() is { } last
                    ? last.Paragraphs.SelectMany(p => p).Concat(last.Bullets).First().Text
                    : story.Content.Lede;
                foreach (var text in new[] { story.Content.Headline, deep })
                {
                    var word = System.Text.RegularExpressions.Regex.Matches(text, @"\p{L}+").Select(m => m.Value).MaxBy(w => w.Length);
                    Assert.True(word is not null, $"'{text}' in {story.Slug} has no word to search for");
                    var page = await client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString(word), UriKind.Relative), timeout.Token);
                    Assert.True(page.Contains("/story/" + story.Slug, StringComparison.Ordinal), $"searching '{word}' did not find {story.Slug}");
                }
            }
        }

        // The demo's breaking follow: each story that broke was delivered to the loopback webhook
        // once (its first breaking revision), signed with the follow's secret, and nothing else was.
        var follow = Assert.Single(await run.Services.GetRequiredService<FollowStore>().ListAsync(timeout.Token));
        var outbox = run.Services.GetRequiredService<NotificationOutbox>();
        var entries = await outbox.ListAsync(null, 1000, timeout.Token);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(("sent", follow.Id), (e.State, e.FollowId)));
        foreach (var entry in entries)
        {
            var revision = await outbox.RevisionAsync(entry.StoryId, entry.Revision, timeout.Token);
            Assert.True(JsonSerializer.Deserialize<PublishedStory>(revision!.Json, WritingStage.Json)!.Breaking, $"{entry.DeliveryId} is not a breaking revision");
        }

        foreach (var latest in await stories.LatestRevisionsAsync(timeout.Token))
        {
            var firstBreaking = (await stories.RevisionsAsync(latest.StoryId, timeout.Token))
                .FirstOrDefault(r => JsonSerializer.Deserialize<PublishedStory>(r.Json, WritingStage.Json)!.Breaking);
            if (firstBreaking is not null)
            {
                Assert.Contains(entries, e => (e.StoryId, e.Revision) == (firstBreaking.StoryId, firstBreaking.Revision));
            }
        }

        var received = run.Webhook.Deliveries;
        Assert.Equal(entries.Select(e => e.DeliveryId).Order(StringComparer.Ordinal), received.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(received, d => Assert.True(d.SignatureValid && !d.Repeat && d.Event == "story.new", $"{d.Id}: signature {d.SignatureValid}, repeat {d.Repeat}, {d.Event}"));
        foreach (var delivery in received)
        {
            output.WriteLine($"webhook: {delivery.Id} {delivery.Event} '{delivery.Headline}'");
        }

        // The paywalled page yields a teaser: the article keeps the feed's fuller text instead.
        foreach (var paywalled in key.Paywalled)
        {
            var article = stored.Values.Single(a => sampleOf[a.Id].Id == paywalled);
            Assert.Equal("feed", article.TextSource);
        }

        Directory.Delete(data, recursive: true);
    }

    private static (double Precision, double Recall, double F1) BCubed(Dictionary<string, string> predicted, Dictionary<string, string> gold)
    {
        double precision = 0, recall = 0;
        foreach (var item in predicted.Keys)
        {
            var sameStory = predicted.Where(p => p.Value == predicted[item]).Select(p => p.Key).ToList();
            var sameEvent = gold.Where(g => g.Value == gold[item]).Select(g => g.Key).ToList();
            var both = sameStory.Count(i => gold[i] == gold[item]);
            precision += both / (double)sameStory.Count;
            recall += both / (double)sameEvent.Count;
        }

        precision /= predicted.Count;
        recall /= predicted.Count;
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    private sealed record Claim(string Value, IReadOnlyList<string> Forms, IReadOnlyList<string> Articles);

    private sealed record Contradiction(string Event, string Fact, IReadOnlyList<Claim> Claims);

    private sealed record WireCopy(string Original, IReadOnlyList<string> Copies);

    private sealed record ExpectedEvents(
        Dictionary<string, string> EventOf, IReadOnlyList<WireCopy> WireCopies, IReadOnlyList<Contradiction> Contradictions, IReadOnlyList<string> Paywalled)
    {
        public static ExpectedEvents Load(string samplesRoot)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(samplesRoot, "expected.json")));
            var root = doc.RootElement;
            var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                foreach (var a in e.GetProperty("articles").EnumerateArray())
                {
                    eventOf[a.GetString()!] = e.GetProperty("id").GetString()!;
                }
            }

            var wires = root.GetProperty("wireCopies").EnumerateArray()
                .Select(w => new WireCopy(w.GetProperty("original").GetString()!, w.GetProperty("copies").EnumerateArray().Select(c => c.GetString()!).ToList()))
                .ToList();
            var contradictions = root.GetProperty("contradictions").EnumerateArray()
                .Select(c => new Contradiction(
                    c.GetProperty("event").GetString()!, c.GetProperty("fact").GetString()!,
                    c.GetProperty("claims").EnumerateArray().Select(cl => new Claim(
                        cl.GetProperty("value").GetString()!,
                        cl.GetProperty("forms").EnumerateArray().Select(f => f.GetString()!).ToList(),
                        cl.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList())).ToList()))
                .ToList();
            var paywalled = root.GetProperty("paywalled").EnumerateArray().Select(p => p.GetString()!).ToList();
            return new ExpectedEvents(eventOf, wires, contradictions, paywalled);
        }
    }
}
