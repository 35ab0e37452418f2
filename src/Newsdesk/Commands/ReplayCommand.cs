using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Replay;
using Newsdesk.Workers;
using Spectre.Console;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk replay DIR</c>: real outlets' recorded feeds (<c>&lt;outlet&gt;/&lt;UTC time&gt;.xml</c>,
/// <c>captures.tsv</c>) served on loopback as a replay clock passes their times, with the whole
/// pipeline and the site on them. Shows progress while the replay runs, then serves until Ctrl-C
/// (or exits with <c>--exit-when-done</c>).
/// </summary>
internal static class ReplayCommand
{
    /// <summary>How often the progress display refreshes.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a progress line is printed when the output is not a terminal (a log, a bench).</summary>
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder of recorded feeds: <outlet>/<UTC time>.xml files, listed by captures.tsv" };
        StageTool.RejectUnknownOptions(folder);
        var data = new Option<string>("--data") { Description = "Data folder for the replay's database (emptied at start)", DefaultValueFactory = _ => Path.Combine("data", "replay"), HelpName = "DIR" };
        var port = new Option<int>("--port") { Description = "Port of the site on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var from = new Option<string?>("--from") { Description = "Story time to start at, ISO 8601, UTC unless it says otherwise (default: the first capture)", HelpName = "T" };
        var until = new Option<string?>("--until") { Description = "Story time to end at, ISO 8601 (a bare date is its midnight UTC; default: the last capture)", HelpName = "T" };
        var speed = new Option<double>("--speed") { Description = "Story seconds per real second (default: a month in about 10 minutes)", DefaultValueFactory = _ => ReplaySettings.DefaultSpeed };
        var exit = new Option<bool>("--exit-when-done") { Description = "Exit once the replay is over and every story is written (instead of serving on)" };
        var stats = new Option<string?>("--stats") { Description = "Write the run's figures (captures served, pipeline counts, time per stage) as JSON to FILE at the end", HelpName = "FILE" };
        var verbose = new Option<bool>("--verbose") { Description = "Show the pipeline's logs" };
        var command = new Command("replay", "Replay recorded real feeds through the whole pipeline on loopback and serve the site") { folder, data, port, from, until, speed, exit, stats, verbose };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryTime(parse.GetValue(from), out var start) || !TryTime(parse.GetValue(until), out var end))
            {
                await Console.Error.WriteLineAsync("newsdesk: --from and --until take an ISO 8601 time, e.g. 2020-05-08 or 2020-05-08T12:00:00Z");
                return Cli.UsageError;
            }

            var x = parse.GetValue(speed);
            if (!(x > 0 && x <= ReplaySettings.MaxSpeed) || parse.GetValue(port) is < 0 or > 65535)
            {
                await Console.Error.WriteLineAsync($"newsdesk: --speed must be in (0, {ReplaySettings.MaxSpeed:0}] and --port a port number");
                return Cli.UsageError;
            }

            var settings = new ReplaySettings
            {
                Folder = parse.GetValue(folder)!,
                DataDir = parse.GetValue(data)!,
                SitePort = parse.GetValue(port),
                From = start,
                Until = end,
                Speed = x,
                LogLevel = parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning,
            };
            ReplayRun run;
            try
            {
                run = await ReplayRun.StartAsync(settings, ct);
            }
            catch (Exception e) when (e is CaptureSetException or IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"newsdesk: the replay could not start: {e.Message}");
                return 1;
            }

            await using (run)
            {
                var clock = run.Clock;
                AnsiConsole.MarkupLine(Markup.Escape(
                    $"Newsdesk replay: {run.Captures.Outlets.Count} outlets, {clock.Total} captures from {clock.From:yyyy-MM-dd HH:mm} to {clock.Until:yyyy-MM-dd HH:mm} UTC at {clock.Speed:0}x "
                    + $"(about {TimeSpan.FromSeconds((clock.Until - clock.From).TotalSeconds / clock.Speed):h\\:mm\\:ss}); article pages unreachable (feed text only)."));
                if (run.Captures.Skipped + run.Captures.SameTime > 0)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"Skipped {run.Captures.Skipped} index line(s) or file(s) that do not fit the layout, and {run.Captures.SameTime} capture(s) at the same time as another of their outlet."));
                }

                AnsiConsole.MarkupLine($"Site: [link]{run.SiteUrl}[/]  (it fills in as stories are written)");
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    if (Console.IsOutputRedirected)
                    {
                        await LogProgressAsync(run, ct);
                    }
                    else
                    {
                        await ShowProgressAsync(run, ct);
                    }

                    var wall = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    AnsiConsole.MarkupLine(Markup.Escape($"Done in {wall.TotalSeconds:0} s: {clock.TakenCount}/{clock.Total} captures taken, {Line(run.Progress)}."));
                    if (parse.GetValue(stats) is { } file)
                    {
                        await WriteStatsAsync(file, run, wall, ct);
                    }

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

    /// <summary>Parses an ISO 8601 time, UTC unless it names an offset; null stays null.</summary>
    internal static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    private static string Line(PipelineSnapshot p) =>
        $"{p.Polls} polls, {p.NewItems} new items, {p.Articles} articles ({p.FeedTexts} feed text only, {p.WireCopies} wire copies), "
        + $"{p.Stories} stories, {p.Merges} merges, {p.Revisions} revisions, {p.RemovedSentences} sentences removed, {p.WriteErrors} write errors";

    private static async Task LogProgressAsync(ReplayRun run, CancellationToken ct)
    {
        var last = DateTimeOffset.MinValue;
        while (!await run.CaughtUpAsync(ct))
        {
            var now = DateTimeOffset.UtcNow;
            if (now - last >= LogEvery)
            {
                last = now;
                Console.WriteLine($"{run.Clock.Now:ddd d MMM HH:mm}: {run.Clock.TakenCount}/{run.Clock.Total} captures, {Line(run.Progress)}");
            }

            await Task.Delay(Refresh, ct);
        }
    }

    private static async Task ShowProgressAsync(ReplayRun run, CancellationToken ct)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("story time", "captures", "polls", "items", "articles", "wire copies", "stories", "merges", "revisions", "sentences removed");
        await AnsiConsole.Live(table).AutoClear(false).StartAsync(async live =>
        {
            while (true)
            {
                var p = run.Progress;
                table.Rows.Clear();
                table.AddRow(
                    run.Clock.Now.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture),
                    $"{run.Clock.TakenCount}/{run.Clock.Total}", p.Polls.ToString(CultureInfo.InvariantCulture), p.NewItems.ToString(CultureInfo.InvariantCulture),
                    p.Articles.ToString(CultureInfo.InvariantCulture), p.WireCopies.ToString(CultureInfo.InvariantCulture), p.Stories.ToString(CultureInfo.InvariantCulture),
                    p.Merges.ToString(CultureInfo.InvariantCulture), p.Revisions.ToString(CultureInfo.InvariantCulture), p.RemovedSentences.ToString(CultureInfo.InvariantCulture));
                live.Refresh();
                if (await run.CaughtUpAsync(ct))
                {
                    return;
                }

                await Task.Delay(Refresh, ct);
            }
        });
    }

    private static async Task WriteStatsAsync(string file, ReplayRun run, TimeSpan wall, CancellationToken ct)
    {
        var stats = run.Services.GetRequiredService<PipelineStats>();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var document = new
        {
            captures = run.Clock.Total,
            capturesServed = run.Clock.ServedCount,
            capturesTaken = run.Clock.TakenCount,
            gatesTimedOut = run.Clock.TimedOutGates,
            from = run.Clock.From,
            until = run.Clock.Until,
            speed = run.Clock.Speed,
            wallSeconds = wall.TotalSeconds,
            cpuSeconds = process.TotalProcessorTime.TotalSeconds,
            peakWorkingSetBytes = process.PeakWorkingSet64,
            pipeline = run.Progress,
            stages = stats.StageTimes().Select(s => new { stage = s.Stage, seconds = s.Time.TotalSeconds, rounds = s.Rounds, failures = s.Failures }),
        };
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(document, Json), ct);
    }
}
