using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Hosting;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Commands;

/// <summary><c>newsdesk poll --once</c>: polls every due source once and prints a summary.</summary>
internal static class PollCommand
{
    public static Command Create()
    {
        var data = HostOptions.Data();
        var once = new Option<bool>("--once") { Description = "Poll every due source once, print a summary and exit" };
        var create = HostOptions.Create();
        var command = new Command("poll", "Poll the sources that are due (with --once: one round; without: until stopped)") { data, once, create };
        command.SetAction((parse, ct) => NewsdeskHost.RunAsync(parse.GetValue(data), ct, async host =>
        {
            if (!parse.GetValue(once))
            {
                var service = ActivatorUtilities.CreateInstance<PollerService>(host.Services);
                await service.StartAsync(ct);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    await service.StopAsync(CancellationToken.None);
                }

                return 0;
            }

            Print(await host.Services.GetRequiredService<Poller>().PollDueAsync(ct));
            return 0;
        }, parse.GetValue(create)));
        return command;
    }

    private static void Print(PollSummary summary)
    {
        Console.WriteLine(
            $"polled {summary.Sources.Count} source(s): {summary.Count(PollStatus.NewItems)} with new items, " +
            $"{summary.Count(PollStatus.Unchanged) + summary.Count(PollStatus.NotModified)} unchanged " +
            $"({summary.Count(PollStatus.NotModified)} not modified), {summary.Count(PollStatus.RateLimited)} rate limited, " +
            $"{summary.Count(PollStatus.Failed)} failed; {summary.NewItems} new item(s), {summary.UpdatedItems} updated");
        foreach (var failure in summary.Sources.Where(s => s.Error is not null))
        {
            Console.WriteLine($"  source {failure.SourceId} {failure.Url}: {failure.Error}");
        }
    }
}
