using System.Xml.Linq;
using Microsoft.Playwright;

namespace Newsdesk.Tests.Web;

/// <summary>The site in a real browser: reading, citations, search, feeds, script payloads, a 360 px screen.</summary>
public sealed class BrowserTests(SiteFixture site, BrowserFixture browsers) : IClassFixture<SiteFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>The narrowest phone the site is laid out for.</summary>
    private const int PhoneWidth = 360;

    [SkippableFact]
    public async Task AReaderOpensAStoryAndFollowsACitationToItsSource()
    {
        await using var context = await browsers.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.AbsoluteUri);

        var lead = page.Locator(".lead-story h2 a");
        var headline = await lead.InnerTextAsync();
        await lead.ClickAsync();
        await page.WaitForURLAsync("**/story/*");
        Assert.Equal(headline, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("written by software", await page.Locator(".ai-note").InnerTextAsync(), StringComparison.Ordinal);

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "story.png"), FullPage = true });

        var citation = page.Locator("sup a").Nth(2);
        var number = await citation.InnerTextAsync();
        await citation.ClickAsync();
        Assert.EndsWith("#source-" + number, page.Url, StringComparison.Ordinal);
        var entry = page.Locator("#source-" + number);
        Assert.True(await entry.IsVisibleAsync());
        var outbound = entry.Locator("a.source-link");
        Assert.StartsWith("https://", await outbound.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("noopener nofollow", await outbound.GetAttributeAsync("rel"));
    }

    [SkippableFact]
    public async Task AReaderSearchesFromTheMasthead()
    {
        await using var context = await browsers.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.AbsoluteUri);

        await page.FillAsync("#q", "earthquake");
        await page.ClickAsync("form.search button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=earthquake$"));

        var results = await page.Locator(".story-list h2 a").AllInnerTextsAsync();
        Assert.Contains(site.Stories[1].Content.Headline, results);
        Assert.All(results, r => Assert.Contains("earthquake", r, StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task TheAdvertisedRssFeedLoadsAndListsTheStories()
    {
        await using var context = await browsers.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.AbsoluteUri);
        var href = await page.Locator("link[rel=alternate][type='application/rss+xml']").First.GetAttributeAsync("href");
        Assert.NotNull(href);

        var response = await page.APIRequest.GetAsync(new Uri(site.BaseUrl, href).AbsoluteUri);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/rss+xml", response.Headers["content-type"], StringComparison.Ordinal);
        var rss = XDocument.Parse(await response.TextAsync());
        var links = rss.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains(site.BaseUrl + "story/" + site.Stories[0].Slug, links);
    }

    public static TheoryData<string> XssPages => new()
    {
        "/story/" + SiteFixture.XssSlug,
        "/",
        "/search?q=" + Uri.EscapeDataString("payloads <script>window.__pwned=9</script><img src=x onerror=alert(9)>"),
        "/topic/technology",
        "/entity/example-org",
        "/story/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    };

    [SkippableTheory]
    [MemberData(nameof(XssPages))]
    public async Task ScriptPayloadsFromSourcesNeverRun(string path)
    {
        await using var context = await browsers.NewContextAsync(new() { JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        var response = await page.GotoAsync(new Uri(site.BaseUrl, path).AbsoluteUri);
        Assert.NotNull(response);
        Assert.True(response.Status is 200 or 404, $"status {response.Status}");
        await page.Mouse.MoveAsync(200, 200);   // would fire onmouseover payloads
        await page.Mouse.MoveAsync(400, 320);
        await page.Mouse.MoveAsync(5, 5);
        await page.WaitForTimeoutAsync(200);

        Assert.Empty(dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(0, await page.Locator("script, iframe, svg, img").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:'], a[href^='data:'], a[href^='//']").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [SkippableFact]
    public async Task TheXssStoryStillRendersItsPayloadsAsText()
    {
        await using var context = await browsers.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, "/story/" + SiteFixture.XssSlug).AbsoluteUri);

        Assert.Equal(XssStory.Headline, await page.Locator("h1").InnerTextAsync());
        var body = await page.Locator("article.story").InnerTextAsync();
        foreach (var payload in XssStory.Payloads)
        {
            Assert.Contains(payload, body, StringComparison.Ordinal);
        }

        // Sources whose URLs are javascript:, data: or protocol-relative do not link out at all.
        Assert.Equal("#", await page.Locator("#source-1 a.source-link").GetAttributeAsync("href"));
        Assert.Equal("#", await page.Locator("#source-3 a.source-link").GetAttributeAsync("href"));
        Assert.Equal("#", await page.Locator("#source-4 a.source-link").GetAttributeAsync("href"));
        Assert.Contains("1 not supported and left out", await page.Locator(".checked").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/story/{0}")]
    [InlineData("/search?q=bank")]
    public async Task PagesFitA360PixelScreen(string pathFormat)
    {
        await using var context = await browsers.NewContextAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, site.Stories[0].Slug)).AbsoluteUri);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"page is {width} px wide at {PhoneWidth} px");
        var fontSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize");
        Assert.True(double.Parse(fontSize.TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 16);
        var headingFont = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1, h2')).fontFamily");
        Assert.Contains("Georgia", headingFont, StringComparison.Ordinal);   // stylesheet loaded under the CSP
    }
}
