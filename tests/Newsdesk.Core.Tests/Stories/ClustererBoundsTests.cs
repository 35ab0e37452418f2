using System.Text;
using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The clusterer's memory is flat in the length of the stream (issue #17): the open stories, the
/// remembered stories, the expiry queue and the vocabulary each stay under their bound even when
/// the stream's clock never moves (undated lines), and bounding them changes nothing below the
/// bounds. The tests count state; none measures time or memory.
/// </summary>
public sealed class ClustererBoundsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Consonants no English suffix rule strips, so the stemmer leaves the words apart.</summary>
    private const string Letters = "bcfghjkmnpqrtvwxz";

    /// <summary>A word no other index gives ("zo" + the index in <see cref="Letters"/>), so each article can be its own story.</summary>
    private static string Word(int i)
    {
        var b = new StringBuilder("zo");
        do
        {
            b.Append(Letters[i % Letters.Length]);
            i /= Letters.Length;
        }
        while (i > 0);

        return b.ToString();
    }

    /// <summary>An undated headline of three words of its own: it shares nothing with any other.</summary>
    private static Article Unique(int i) =>
        new("u" + i, "https://example.test/u" + i, "outlet", $"{Word(3 * i)} {Word((3 * i) + 1)} {Word((3 * i) + 2)}", "", null);

    private static Article Headline(string id, string title) => new(id, "https://example.test/" + id, "outlet", title, "", null);

    [Fact]
    public void OnAStreamWhoseClockStandsStillEveryBoundHolds()
    {
        var c = new StoryClusterer();
        var articles = StoryThreads.MaxRemembered + 2_000;
        var newStories = 0;
        var maxExpiry = 0;
        for (var i = 0; i < articles; i++)
        {
            newStories += c.Add(Unique(i)).IsNewStory ? 1 : 0;
            maxExpiry = Math.Max(maxExpiry, c.ExpiryEntries);
        }

        Assert.Equal(articles, newStories);
        Assert.Equal(StoryClusterer.MaxOpenStories, c.OpenStories);
        Assert.Equal(StoryThreads.MaxRemembered, c.RememberedStories);
        Assert.InRange(maxExpiry, StoryClusterer.MaxOpenStories, (2 * StoryClusterer.MaxOpenStories) + StoryClusterer.ExpirySlack + 1);

        // Only the open stories' strongest terms are indexed (three words each here).
        Assert.Equal(3 * StoryClusterer.MaxOpenStories, c.IndexedTerms);
    }

    [Fact]
    public void TheStoryLongestWithoutAnArticleClosesFirstWhenTooManyAreOpen()
    {
        var c = new StoryClusterer();
        var a = c.Add(Headline("a", "Valparaiso harbour crane collapses"));
        var b = c.Add(Headline("b", "Reykjavik geyser eruption strands tourists"));
        for (var i = 0; i < StoryClusterer.MaxOpenStories - 2; i++)
        {
            c.Add(Unique(i));
        }

        Assert.Equal(StoryClusterer.MaxOpenStories, c.OpenStories);
        Assert.Equal(a.StoryId, c.Add(Headline("a2", "Valparaiso harbour crane collapses")).StoryId);

        // One more story: the oldest without a new article is b (a took one just now), so b closes.
        c.Add(Unique(StoryClusterer.MaxOpenStories));
        Assert.Equal(StoryClusterer.MaxOpenStories, c.OpenStories);

        var b2 = c.Add(Headline("b2", "Reykjavik geyser eruption strands tourists"));
        Assert.True(b2.IsNewStory);
        Assert.NotEqual(b.StoryId, b2.StoryId);
        Assert.Equal(a.StoryId, c.Add(Headline("a3", "Valparaiso harbour crane collapses")).StoryId);
    }

    /// <summary>
    /// A stream with merges, late and early dates, wrong dates and expiries (a three-day window over
    /// about twenty days), with a stretch of undated lines in its middle that opens more stories
    /// than may be open, three times over (so stories close early and leave more entries behind than
    /// there are open stories), placed twice: once
    /// compacting the expiry queue at every opening story, once never. Every assignment, merge and
    /// thread link must be the same.
    /// </summary>
    [Fact]
    public void CompactingTheExpiryQueueChangesNoAssignment()
    {
        var options = new StoryClustererOptions { Window = TimeSpan.FromDays(3), ThreadHorizon = TimeSpan.FromDays(2) };
        var always = new StoryClusterer(options, expirySlack: 0);
        var never = new StoryClusterer(options, expirySlack: int.MaxValue);
        var random = new Random(17);
        string[] places = ["Valparaiso", "Reykjavik", "Tromso", "Cordoba", "Mombasa", "Halifax", "Nagoya", "Tbilisi"];
        string[] events = ["harbour crane collapses", "geyser eruption strands tourists", "ferry runs aground", "bridge closed after crack found", "warehouse fire spreads", "floods cut rail line"];
        var compared = 0;
        var merges = 0;
        var dropped = 0;
        const int undatedFrom = 2_000, undatedTo = undatedFrom + (3 * StoryClusterer.MaxOpenStories), total = undatedTo + 2_000;
        for (var i = 0; i < total; i++)
        {
            if (i is >= undatedFrom and < undatedTo)
            {
                var line = i % 7 == 0 ? Headline("x" + i, $"{events[i % events.Length]} in {places[i % places.Length]}") : Unique(i);
                var p = always.Add(line);
                var q = never.Add(line);
                Assert.Equal((p.StoryId, p.IsNewStory, p.ThreadId), (q.StoryId, q.IsNewStory, q.ThreadId));
                dropped = Math.Max(dropped, never.ExpiryEntries - always.ExpiryEntries);
                compared++;
                continue;
            }

            var place = places[random.Next(places.Length)];
            var ev = events[random.Next(events.Length)];
            var dated = i < undatedFrom ? i : i - (undatedTo - undatedFrom);
            var hours = (dated / 8.0) + (random.Next(-30, 10) / 2.0);
            DateTimeOffset? at = random.Next(50) switch
            {
                0 => null,
                1 => T0.AddYears(3),
                _ => T0.AddHours(hours),
            };
            var title = random.Next(4) == 0 ? $"{place} {ev} {Word(i)}" : $"{ev} in {place}";
            var article = new Article("x" + i, "https://example.test/x" + i, "outlet" + (i % 5), title, "", at);
            var x = always.Add(article);
            var y = never.Add(article);
            Assert.Equal((x.StoryId, x.IsNewStory, x.Score, x.ThreadId, x.Link), (y.StoryId, y.IsNewStory, y.Score, y.ThreadId, y.Link));
            Assert.Equal(x.Merges.Select(m => (m.From, m.Into)), y.Merges.Select(m => (m.From, m.Into)));
            merges += x.Merges.Count;
            dropped = Math.Max(dropped, never.ExpiryEntries - always.ExpiryEntries);
            compared++;
        }

        Assert.Equal(total, compared);
        Assert.True(merges > 0, "the stream should make merges, which leave stale expiry entries");
        Assert.True(dropped > 0, $"compaction should have dropped entries on the way ({never.ExpiryEntries} vs {always.ExpiryEntries}, open {always.OpenStories}, merges {merges})");
        Assert.InRange(always.ExpiryEntries, 0, (2 * always.OpenStories) + 1);
    }

    [Fact]
    public void TheVocabularyStaysUnderItsBoundOnEverNewWordsAndKeepsTheCommonOnes()
    {
        // 30 new words a document: the bound is reached long before the regular halving (every 50,000 documents).
        const int perDocument = 30;
        var v = new StreamVocabulary();
        var most = 0;
        var documents = (StreamVocabulary.MaxTerms + 100_000) / perDocument;
        for (var d = 0; d < documents; d++)
        {
            v.AddDocument(Enumerable.Range(d * perDocument, perDocument).Select(Word).Append("weather"));
            most = Math.Max(most, v.Count);
        }

        Assert.InRange(most, StreamVocabulary.MaxTerms - perDocument - 1, StreamVocabulary.MaxTerms);
        Assert.True(v.Count < StreamVocabulary.MaxTerms);

        // "weather" is in every document: still known and as common as can be (the smallest IDF, 1 + log of about 1).
        Assert.InRange(v.Idf("weather"), 1, 1.01);
        Assert.True(documents < StreamVocabulary.AgingDocuments);
        Assert.True(v.Idf(Word((documents * perDocument) - 1)) > 5);
    }
}
