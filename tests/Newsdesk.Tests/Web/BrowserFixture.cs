using Microsoft.Playwright;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`): headless, no sandbox, no
/// background networking. Tests call <see cref="NeedBrowser"/> first, which skips visibly (fails
/// under CI) when /usr/bin/chromium is absent. Every wait in a browser (launch, navigation, a
/// locator, a load event) is bounded by <see cref="Patience.Hang"/>, not Playwright's 30 s default:
/// CI run on a busy machine once waited more than 30 s for the search page's load event.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            Timeout = (float)Patience.Hang.TotalMilliseconds,
        });
    }

    public IBrowser NeedBrowser()
    {
        TestEnvironment.Need(Browser is not null, "Chromium at " + ChromiumPath);
        return Browser!;
    }

    /// <summary>A fresh browser context whose waits only a hang can exhaust; skips without Chromium.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await NeedBrowser().NewContextAsync(options);
        context.SetDefaultTimeout((float)Patience.Hang.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.Hang.TotalMilliseconds);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
