using System.Diagnostics;
using System.Globalization;
using Newsdesk.Scale;

namespace Newsdesk.Bench;

/// <summary>
/// Scale-out throughput (bench/scale/run): the same replay (the loopback outlets of
/// tests/Newsdesk.Tests/Scale, each answer delayed like a remote server's) run to completion by
/// 1, 2 and 4 <c>newsdesk serve --role worker</c> processes on one fresh PostgreSQL database each
/// time. Times count from the workers' start (their start-up included) to the moment every item is
/// stored, every article stored, and everything is clustered and written. Prints one Markdown table.
/// Usage: <c>scale DLL ADMIN_CONNECTION_STRING [sources] [items-per-feed] [latency-ms] [workers,...]</c>.
/// </summary>
internal static class ScaleBench
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Newsdesk.Bench scale NEWSDESK_DLL ADMIN_CONNECTION_STRING [sources] [items-per-feed] [latency-ms] [workers,...]");
            return 2;
        }

        var (dll, admin) = (args[0], args[1]);
        var sources = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        var itemsPerFeed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4;
        var latency = TimeSpan.FromMilliseconds(args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50);
        var counts = args.Length > 5 ? args[5].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray() : [1, 2, 4];

        var rows = new List<Row>();
        foreach (var workers in counts)
        {
            Console.Error.WriteLine($"scale: {workers} worker(s) on {sources} sources × {itemsPerFeed} items, {latency.TotalMilliseconds:0} ms per answer...");
            rows.Add(MeasureAsync(dll, admin, workers, sources, itemsPerFeed, latency).GetAwaiter().GetResult());
        }

        Console.WriteLine($"Scale-out on one PostgreSQL 15: {sources} loopback sources × {itemsPerFeed} items ({sources * itemsPerFeed} articles), " +
            $"{latency.TotalMilliseconds:0} ms per answer, {Environment.ProcessorCount} cores, load average at start {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| workers | all items stored (s) | items/s | all articles stored (s) | articles/s | all clustered and written (s) | stories | revisions | feed fetches | page fetches | articles/s vs 1 worker |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var baseline = rows.FirstOrDefault(r => r.Workers == 1);
        foreach (var r in rows)
        {
            var ratio = baseline is { ArticlesPerSecond: > 0 } ? (r.ArticlesPerSecond / baseline.ArticlesPerSecond).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Workers} | {r.ItemsAt:0.0} | {r.ItemsPerSecond:0} | {r.ArticlesAt:0.0} | {r.ArticlesPerSecond:0} | {(r.Done ? r.DoneAt.ToString("0.0", CultureInfo.InvariantCulture) : "not done")} | {r.Stories} | {r.Revisions} | {r.FeedFetches} | {r.PageFetches} | {ratio} |"));
        }

        return rows.All(r => r.Done) ? 0 : 1;
    }

    private sealed record Row(
        int Workers, double ItemsAt, double ItemsPerSecond, double ArticlesAt, double ArticlesPerSecond, double DoneAt, bool Done,
        long Stories, long Revisions, int FeedFetches, int PageFetches);

    private static async Task<Row> MeasureAsync(string dll, string admin, int workers, int sources, int itemsPerFeed, TimeSpan latency)
    {
        await using var outlets = new ScaleOutlets(sources, itemsPerFeed, Math.Max(1, sources * itemsPerFeed / 10), latency, DateTimeOffset.UtcNow);
        await using var fleet = await WorkerFleet.PrepareAsync(admin, dll, outlets, WorkerFleet.DefaultSettings(), default);
        var expected = outlets.DistinctArticles;
        double? itemsAt = null, articlesAt = null;
        var watch = Stopwatch.StartNew();
        fleet.StartWorkers(workers);
        var (counts, done) = await fleet.WaitUntilDoneAsync(expected, Limit, progress =>
        {
            if (itemsAt is null && progress.Items >= expected)
            {
                itemsAt = watch.Elapsed.TotalSeconds;
            }

            if (articlesAt is null && progress.Articles >= expected)
            {
                articlesAt = watch.Elapsed.TotalSeconds;
            }

            return Task.CompletedTask;
        });
        var doneAt = watch.Elapsed.TotalSeconds;
        itemsAt ??= doneAt;
        articlesAt ??= doneAt;
        return new Row(
            workers, itemsAt.Value, counts.Items / itemsAt.Value, articlesAt.Value, counts.Articles / articlesAt.Value, doneAt, done,
            counts.Stories, counts.Revisions, outlets.FeedFetches, outlets.PageFetches);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
