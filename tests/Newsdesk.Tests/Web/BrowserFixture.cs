using Microsoft.Playwright;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`): headless, no sandbox, no
/// background networking. Tests call <see cref="NeedBrowser"/> first, which skips visibly (fails
/// under CI) when /usr/bin/chromium is absent.
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
        });
    }

    public IBrowser NeedBrowser()
    {
        TestEnvironment.Need(Browser is not null, "Chromium at " + ChromiumPath);
        return Browser!;
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
