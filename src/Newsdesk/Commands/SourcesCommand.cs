using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Newsdesk.Feeds;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Commands;

/// <summary><c>newsdesk sources add|import|export|list|remove</c>: the feeds Newsdesk polls.</summary>
internal static class SourcesCommand
{
    /// <summary>Largest OPML file read.</summary>
    public const long MaxOpmlBytes = 16L * 1024 * 1024;

    /// <summary>Widest title and error shown in the table (the JSON has them whole).</summary>
    private const int TitleWidth = 30;
    private const int ErrorWidth = 50;

    public static Command Create()
    {
        var data = HostOptions.Data();
        var command = new Command("sources", "Manage the feeds Newsdesk polls") { data, HostOptions.Create() };
        command.Subcommands.Add(Add(data));
        command.Subcommands.Add(Import(data));
        command.Subcommands.Add(Export(data));
        command.Subcommands.Add(List(data));
        command.Subcommands.Add(Remove(data));
        return command;
    }

    private static Command Add(Option<string?> data)
    {
        var url = new Argument<string>("URL") { Description = "A feed URL, or a web page that links its feeds" };
        var category = new Option<string?>("--category") { Description = "A category to file the source under" };
        var command = new Command("add", "Add a feed (or the feeds an HTML page advertises)") { url, category };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            var result = await host.Services.GetRequiredService<SourceSubscriber>().AddAsync(parse.GetValue(url)!, parse.GetValue(category), ct);
            if (result is SubscribeResult.Refused refused)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {refused.Reason}");
                return 1;
            }

            foreach (var (source, added) in ((SubscribeResult.Subscribed)result).Sources)
            {
                Console.WriteLine($"{(added ? "added" : "already present")}: {source.Id} {source.Url}{(source.Title is null ? "" : $" ({source.Title})")}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Import(Option<string?> data)
    {
        var file = new Argument<string>("FILE") { Description = "An OPML file" };
        var command = new Command("import", "Add every feed of an OPML file") { file };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            var path = parse.GetValue(file)!;
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxOpmlBytes)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {path}: {(info.Exists ? $"larger than {MaxOpmlBytes} bytes" : "no such file")}");
                return 1;
            }

            IReadOnlyList<OpmlOutline> outlines;
            try
            {
                outlines = Opml.Parse(await File.ReadAllBytesAsync(path, ct));
            }
            catch (Exception e) when (e is FormatException or System.Xml.XmlException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {path}: not a readable OPML file: {e.Message}");
                return 1;
            }

            var store = host.Services.GetRequiredService<SourceStore>();
            var time = host.Services.GetRequiredService<TimeProvider>();
            var interval = PollPolicy.InitialInterval(host.Services.GetRequiredService<IOptions<PollingOptions>>().Value.Bounds);
            int added = 0, present = 0, skipped = 0;
            foreach (var outline in outlines)
            {
                if (!Uri.TryCreate(outline.XmlUrl, UriKind.Absolute, out var feed) || (feed.Scheme != Uri.UriSchemeHttp && feed.Scheme != Uri.UriSchemeHttps))
                {
                    await Console.Error.WriteLineAsync($"newsdesk: skipped {outline.XmlUrl}: not an http(s) URL");
                    skipped++;
                    continue;
                }

                var (_, isNew) = await store.AddAsync(
                    new NewSource(feed.AbsoluteUri, outline.Title, outline.HtmlUrl, outline.Category), interval, time.GetUtcNow(), ct);
                _ = isNew ? added++ : present++;
            }

            Console.WriteLine($"imported {added} new source(s), {present} already present, {skipped} skipped");
            return 0;
        }));
        return command;
    }

    private static Command Export(Option<string?> data)
    {
        var command = new Command("export", "Print every source as OPML");
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            var all = await host.Services.GetRequiredService<SourceStore>().ListAsync(ct);
            Console.Out.Write(Opml.Write("Newsdesk sources", all.Select(s => new OpmlOutline(s.Url, s.Title, s.SiteUrl, s.Category))));
            Console.Out.WriteLine();
            return 0;
        }));
        return command;
    }

    private static Command List(Option<string?> data)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("list", "List the sources with their health") { json };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            var all = await host.Services.GetRequiredService<SourceStore>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                var rows = all.Select(s => new
                {
                    s.Id, s.Title, s.Url, s.Kind, s.SiteUrl, s.Category,
                    Health = SourceHealth.Of(s).ToString().ToLowerInvariant(),
                    s.LastPollAt, s.LastSuccessAt, s.LastError, s.ItemCount, s.ConsecutiveFailures, s.NextPollAt,
                    IntervalSeconds = (long)s.Interval.TotalSeconds,
                });
                Console.WriteLine(JsonSerializer.Serialize(rows, StageTool.Indented));
                return 0;
            }

            Console.Write(Table(all));
            return 0;
        }));
        return command;
    }

    private static Command Remove(Option<string?> data)
    {
        var id = new Argument<long>("ID") { Description = "The source's id (see sources list)" };
        var command = new Command("remove", "Remove a source and its items") { id };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            if (!await host.Services.GetRequiredService<SourceStore>().RemoveAsync(parse.GetValue(id), ct))
            {
                await Console.Error.WriteLineAsync($"newsdesk: no source with id {parse.GetValue(id)}");
                return 1;
            }

            Console.WriteLine($"removed source {parse.GetValue(id)}");
            return 0;
        }));
        return command;
    }

    internal static string Table(IReadOnlyList<Source> sources)
    {
        string[] header = ["ID", "TITLE", "URL", "KIND", "HEALTH", "LAST POLL", "LAST ERROR", "ITEMS"];
        var rows = sources.Select(s => new[]
        {
            s.Id.ToString(), Cut(s.Title ?? "", TitleWidth), s.Url, s.Kind, SourceHealth.Of(s).ToString().ToLowerInvariant(),
            s.LastPollAt?.ToString("yyyy-MM-dd HH:mm'Z'") ?? "never", Cut(s.LastError ?? "", ErrorWidth), s.ItemCount.ToString(),
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }

        return text.ToString();
    }

    private static string Cut(string text, int width) =>
        text.ReplaceLineEndings(" ") is var line && line.Length <= width ? line : line[..(width - 1)] + "…";

    private static Task<int> WithHostAsync(ParseResult parse, Option<string?> data, CancellationToken ct, Func<IHost, Task<int>> run) =>
        NewsdeskHost.RunAsync(parse.GetValue(data), ct, run, parse.GetValue<bool>(HostOptions.CreateName));
}
