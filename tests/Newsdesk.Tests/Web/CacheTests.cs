using System.Net;
using Newsdesk.Publishing;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>Cached pages change as soon as the catalog does, and HEAD answers like GET without a body.</summary>
public sealed class CacheTests
{
    [Fact]
    public async Task APublishedOrRewrittenStoryShowsAtOnceDespiteTheCache()
    {
        var now = DateTimeOffset.UtcNow;
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        var stories = SampleStories.Create(10, now);
        foreach (var story in stories)
        {
            catalog.Publish(story);
        }

        await using var app = SampleSite.Build("http://127.0.0.1:0", catalog, TimeProvider.System);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var before = await client.GetStringAsync("/");
        var storyBefore = await client.GetStringAsync("/story/" + stories[0].Slug);

        var fresh = stories[3] with { Id = "fresh", Slug = "2026-11-24-fresh-story", Content = stories[3].Content with { Headline = "A fresh story nobody has seen" }, Updated = now };
        catalog.Publish(fresh);
        catalog.Publish(stories[0] with { Content = stories[0].Content with { Headline = "Rewritten headline after new reporting" } });
        var after = await client.GetStringAsync("/");
        var storyAfter = await client.GetStringAsync("/story/" + stories[0].Slug);

        Assert.DoesNotContain("A fresh story nobody has seen", before, StringComparison.Ordinal);
        Assert.Contains("A fresh story nobody has seen", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Rewritten headline", storyBefore, StringComparison.Ordinal);
        Assert.Contains("Rewritten headline after new reporting", storyAfter, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/rss.xml")]
    [InlineData("/api/stories")]
    public async Task HeadAnswersLikeGetWithoutABody(string path)
    {
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        catalog.Publish(SampleStories.Create(1, DateTimeOffset.UtcNow)[0]);
        await using var app = SampleSite.Build("http://127.0.0.1:0", catalog, TimeProvider.System);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        await app.StopAsync();
    }
}
