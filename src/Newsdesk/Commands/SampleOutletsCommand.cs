using System.CommandLine;
using System.Globalization;
using Newsdesk.Demo;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk sample-outlets [--port N] [--replay-seconds S] [--opml]</c>: runs only the loopback
/// replay server of the bundled sample outlets (what <c>newsdesk demo</c> starts), to look at
/// or poll the fictional outlets by hand. Ctrl-C stops it.
/// </summary>
internal static class SampleOutletsCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => SampleOutletOptions.DefaultPort };
        var replay = new Option<double>("--replay-seconds") { Description = "Real seconds the three story days take to replay", DefaultValueFactory = _ => SampleOutletOptions.DefaultReplayLength.TotalSeconds };
        var opml = new Option<bool>("--opml") { Description = "Print the outlets as OPML and exit" };
        var command = new Command("sample-outlets", "Serve the bundled fictional sample outlets on loopback, replaying their publication.") { port, replay, opml };
        command.SetAction(async (parse, ct) =>
        {
            var seconds = parse.GetValue(replay);
            if (seconds <= 0)
            {
                await Console.Error.WriteLineAsync("newsdesk: --replay-seconds must be positive");
                return Cli.UsageError;
            }

            var options = new SampleOutletOptions { Port = parse.GetValue(port), ReplayLength = TimeSpan.FromSeconds(seconds) };
            SampleOutletServer server;
            try
            {
                server = await SampleOutletServer.StartAsync(options, TimeProvider.System, ct);
            }
            catch (SampleSetException e)
            {
                await Console.Error.WriteLineAsync("newsdesk: " + e.Message);
                return 1;
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"newsdesk: cannot listen on 127.0.0.1:{options.Port}: {e.Message} (try --port 0)");
                return 1;
            }

            await using (server)
            {
                if (parse.GetValue(opml))
                {
                    Console.Write(server.ToOpml());
                    return 0;
                }

                Console.WriteLine($"Sample outlets at {server.BaseUri} (story {server.Timeline.StoryStart:yyyy-MM-dd HH:mm}Z + {server.Timeline.StoryLength.TotalHours:0}h in {seconds.ToString(CultureInfo.InvariantCulture)} s)");
                foreach (var outlet in server.Outlets)
                {
                    Console.WriteLine($"  {outlet.Name,-32} {outlet.Format.ToString().ToLowerInvariant(),-5} {outlet.FeedUrl}");
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                }
            }

            return 0;
        });
        return command;
    }
}
