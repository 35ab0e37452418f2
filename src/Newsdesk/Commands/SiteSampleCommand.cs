using System.CommandLine;
using Newsdesk.Web;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk site-sample [--url URL] [--stories N]</c> (hidden): serves the site over the sample
/// stories in memory, for bench/site/run and for trying the pages without a pipeline.
/// </summary>
internal static class SiteSampleCommand
{
    /// <summary>Most sample stories accepted: the bench needs hundreds, not millions.</summary>
    private const int MaxStories = 10_000;

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Where to listen (loopback)", DefaultValueFactory = _ => "http://127.0.0.1:5081" };
        var stories = new Option<int>("--stories") { Description = "How many sample stories to publish", DefaultValueFactory = _ => 200 };
        var adminKey = new Option<string?>("--admin-key") { Description = "Admin key (16+ characters); the admin area is disabled without one" };
        var command = new Command("site-sample", "Serve the web site over sample stories held in memory.") { url, stories, adminKey };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(stories);
            if (count is < 0 or > MaxStories)
            {
                await Console.Error.WriteLineAsync($"newsdesk: --stories must be 0..{MaxStories}");
                return Cli.UsageError;
            }

            var key = parse.GetValue(adminKey);
            var catalog = SampleStories.Catalog(count, TimeProvider.System);
            await using var app = SampleSite.Build(parse.GetValue(url)!, catalog, TimeProvider.System, o => o.AdminKey = key ?? o.AdminKey);
            await app.StartAsync(ct);
            await Console.Out.WriteLineAsync($"newsdesk: site with {count} sample stories at {string.Join(' ', app.Urls)}");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below.
            }

            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
