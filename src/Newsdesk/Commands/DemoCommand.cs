using System.CommandLine;
using Microsoft.Extensions.Logging;
using Newsdesk.Demo;
using Spectre.Console;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk demo</c>: the whole pipeline, offline, on the bundled sample outlets, with the
/// site at http://127.0.0.1:5080. Shows progress while the replay runs, then serves until Ctrl-C
/// (or exits with <c>--exit-when-done</c>).
/// </summary>
internal static class DemoCommand
{
    /// <summary>How often the progress display refreshes.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(500);

    /// <summary>Most recent webhook deliveries listed under the progress table.</summary>
    private const int DeliveriesShown = 8;

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port of the site on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var replay = new Option<double>("--replay-seconds") { Description = "Real seconds the sample outlets' three days take to replay", DefaultValueFactory = _ => SampleOutletOptions.DefaultReplayLength.TotalSeconds };
        var data = new Option<string>("--data") { Description = "Data folder for the demo's database (emptied at start)", DefaultValueFactory = _ => Path.Combine("data", "demo"), HelpName = "DIR" };
        var exit = new Option<bool>("--exit-when-done") { Description = "Exit once the replay is over and every story is written (instead of serving on)" };
        var verbose = new Option<bool>("--verbose") { Description = "Show the pipeline's logs" };
        var command = new Command("demo", "Run the whole pipeline offline on the bundled sample outlets and serve the site on http://127.0.0.1:5080") { port, replay, data, exit, verbose };
        command.SetAction(async (parse, ct) =>
        {
            var seconds = parse.GetValue(replay);
            if (seconds <= 0 || parse.GetValue(port) is < 0 or > 65535)
            {
                await Console.Error.WriteLineAsync("newsdesk: --replay-seconds must be positive and --port a port number");
                return Cli.UsageError;
            }

            var settings = new DemoSettings
            {
                DataDir = parse.GetValue(data)!,
                SitePort = parse.GetValue(port),
                Replay = TimeSpan.FromSeconds(seconds),
                LogLevel = parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning,
            };
            DemoRun run;
            try
            {
                run = await DemoRun.StartAsync(settings, ct);
            }
            catch (Exception e) when (e is SampleSetException or IOException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"newsdesk: the demo could not start: {e.Message}");
                return 1;
            }

            await using (run)
            {
                AnsiConsole.MarkupLine($"[bold]Newsdesk demo[/]: {run.Samples.Outlets.Count} fictional outlets replaying {run.Samples.Articles.Count} articles over {run.Timeline.StoryLength.TotalDays:0} days in {seconds:0} s.");
                AnsiConsole.MarkupLine($"Site: [link]{run.SiteUrl}[/]  (it fills in as stories are written)");
                AnsiConsole.MarkupLine($"Follow \"{DemoRun.BreakingFollowName}\" delivers each breaking story to the webhook {Markup.Escape(run.Webhook.Url.AbsoluteUri)} (signed; checked on receipt)");
                try
                {
                    await ShowProgressAsync(run, ct);
                    var delivered = run.Webhook.Deliveries;
                    AnsiConsole.MarkupLine($"Webhook: {delivered.Count} deliveries of {delivered.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count()} breaking stories, {delivered.Count(d => d.SignatureValid)} with a valid signature.");
                    AnsiConsole.MarkupLine($"[green]Done.[/] Read the stories at [link]{run.SiteUrl}[/]" + (parse.GetValue(exit) ? "" : "  (Ctrl-C stops)"));
                    if (!parse.GetValue(exit))
                    {
                        await run.WaitForShutdownAsync(ct);
                    }
                }
                catch (OperationCanceledException)
                {
                    AnsiConsole.MarkupLine("Stopping.");
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task ShowProgressAsync(DemoRun run, CancellationToken ct)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("story time", "polls", "articles", "from pages", "feed text only", "wire copies", "stories", "merges", "revisions", "sentences removed");
        var deliveries = new Table().Border(TableBorder.Simple).Title("webhook deliveries (breaking follow)").AddColumns("received", "delivery id", "event", "headline", "signature");
        await AnsiConsole.Live(new Rows(table, deliveries)).AutoClear(false).StartAsync(async live =>
        {
            while (true)
            {
                var p = run.Progress;
                table.Rows.Clear();
                table.AddRow(
                    run.Timeline.StoryNow.ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    p.Polls.ToString(), p.Articles.ToString(), p.PageTexts.ToString(), p.FeedTexts.ToString(), p.WireCopies.ToString(),
                    p.Stories.ToString(), p.Merges.ToString(), p.Revisions.ToString(), p.RemovedSentences.ToString());
                ShowDeliveries(deliveries, run.Webhook.Deliveries);
                live.Refresh();
                if (await run.CaughtUpAsync(ct))
                {
                    ShowDeliveries(deliveries, run.Webhook.Deliveries);   // the last ones, delivered since the refresh above
                    live.Refresh();
                    return;
                }

                await Task.Delay(Refresh, ct);
            }
        });
    }

    private static void ShowDeliveries(Table table, IReadOnlyList<DemoDelivery> deliveries)
    {
        table.Rows.Clear();
        foreach (var d in deliveries.TakeLast(DeliveriesShown))
        {
            table.AddRow(
                d.At.ToLocalTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(d.Id) + (d.Repeat ? " (again)" : ""),
                Markup.Escape(d.Event),
                Markup.Escape(d.Headline),
                d.SignatureValid ? "[green]valid[/]" : "[red]INVALID[/]");
        }

        table.Caption(deliveries.Count == 0 ? "none yet" : $"{deliveries.Count} so far");
    }
}
