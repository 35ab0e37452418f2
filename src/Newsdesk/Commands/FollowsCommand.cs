using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Storage;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk follows add|list|remove</c>: what operators follow (a topic, an entity, a keyword
/// query, or breaking news) and where each follow's deliveries go (docs/notifications.md).
/// </summary>
internal static class FollowsCommand
{
    /// <summary>Widest rule and error shown in the table (the JSON has them whole).</summary>
    private const int RuleWidth = 32;
    private const int ErrorWidth = 50;

    public static Command Create()
    {
        var data = HostOptions.Data();
        var command = new Command("follows", "Manage follows: topics, entities, queries or breaking news, delivered by webhook, ntfy, Apprise or email")
        {
            data, HostOptions.Create(),
        };
        command.Subcommands.Add(Add(data));
        command.Subcommands.Add(List(data));
        command.Subcommands.Add(Remove(data));
        return command;
    }

    private static Command Add(Option<string?> data)
    {
        var name = new Argument<string>("NAME") { Description = "The follow's name; its slug names its feed (/feeds/follow/SLUG.xml) and page" };
        var topic = new Option<string?>("--topic") { Description = "Follow a topic (e.g. Politics)" };
        var entity = new Option<string?>("--entity") { Description = "Follow a person, place or organisation named in stories" };
        var query = new Option<string?>("--query") { Description = "Follow a keyword query in the site's search syntax (every word must appear)" };
        var breaking = new Option<bool>("--breaking") { Description = "Follow every breaking story" };
        var on = new Option<string>("--on") { Description = "Deliver each new story once (new) or each material revision (revision)", DefaultValueFactory = _ => "new" };
        on.AcceptOnlyFromAmong("new", "revision");
        var webhook = new Option<string?>("--webhook") { Description = "POST signed JSON to this http(s) URL" };
        var ntfy = new Option<string?>("--ntfy") { Description = "Publish to this ntfy topic URL" };
        var apprise = new Option<string?>("--apprise") { Description = "Form-POST to this Apprise-style URL" };
        var email = new Option<string?>("--email") { Description = "Email this address (Newsdesk:Notify:Smtp)" };
        var digest = new Option<string>("--digest") { Description = "Email at once (immediate) or as a daily or weekly digest", DefaultValueFactory = _ => "immediate" };
        digest.AcceptOnlyFromAmong("immediate", "daily", "weekly");
        var hour = new Option<int>("--digest-hour") { Description = "Hour (UTC) digests go out", DefaultValueFactory = _ => FollowSpec.DefaultDigestHour };
        var command = new Command("add", "Add a follow") { name, topic, entity, query, breaking, on, webhook, ntfy, apprise, email, digest, hour };
        command.SetAction(async (parse, ct) =>
        {
            var rules = new (FollowKind Kind, string? Term)[]
            {
                (FollowKind.Topic, parse.GetValue(topic)), (FollowKind.Entity, parse.GetValue(entity)),
                (FollowKind.Query, parse.GetValue(query)), (FollowKind.Breaking, parse.GetValue(breaking) ? "" : null),
            }.Where(r => r.Term is not null).ToList();
            var channels = new (Channel Channel, string? Target)[]
            {
                (Channel.Webhook, parse.GetValue(webhook)), (Channel.Ntfy, parse.GetValue(ntfy)),
                (Channel.Apprise, parse.GetValue(apprise)), (Channel.Email, parse.GetValue(email)),
            }.Where(c => c.Target is not null).ToList();
            if (rules.Count != 1 || channels.Count > 1)
            {
                await Console.Error.WriteLineAsync(rules.Count != 1
                    ? "newsdesk: give exactly one of --topic, --entity, --query or --breaking"
                    : "newsdesk: give at most one of --webhook, --ntfy, --apprise or --email (add another follow for another destination)");
                return Cli.UsageError;
            }

            var spec = new FollowSpec(
                parse.GetValue(name)!, rules[0].Kind, rules[0].Term!,
                Enum.Parse<FollowTrigger>(parse.GetValue(on)!, ignoreCase: true),
                channels.Count == 0 ? Channel.None : channels[0].Channel, channels.Count == 0 ? null : channels[0].Target,
                Enum.Parse<DigestSchedule>(parse.GetValue(digest)!, ignoreCase: true), parse.GetValue(hour));
            if (FollowRules.Problem(spec) is { } problem)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {problem}");
                return 1;
            }

            return await WithHostAsync(parse, data, ct, async host =>
            {
                var follow = await host.Services.GetRequiredService<FollowStore>().AddAsync(spec, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
                Console.WriteLine($"added follow {follow.Slug}: {Rule(follow.Spec)} -> {Destination(follow.Spec)}");
                Console.WriteLine($"feed: /feeds/follow/{follow.Slug}.xml  page: /follow/{follow.Slug}");
                if (follow.Spec.Channel == Channel.Webhook)
                {
                    Console.WriteLine($"webhook secret (HMAC-SHA256 key of the {WebhookSignature.Header} header): {follow.Secret}");
                }

                return 0;
            });
        });
        return command;
    }

    private static Command List(Option<string?> data)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("list", "List follows with their deliveries and last error") { json };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            var all = await host.Services.GetRequiredService<FollowStore>().ListAsync(ct);
            var counts = (await host.Services.GetRequiredService<NotificationOutbox>().CountsAsync(ct)).ToDictionary(c => c.FollowId);
            FollowDeliveryCounts CountsOf(Follow f) => counts.GetValueOrDefault(f.Id) ?? new FollowDeliveryCounts(f.Id, 0, 0, 0, 0);
            if (parse.GetValue(json))
            {
                var rows = all.Select(f => new
                {
                    f.Id, f.Slug, f.Spec.Name, Kind = f.Spec.Kind.ToString().ToLowerInvariant(), f.Spec.Term,
                    On = f.Spec.On.ToString().ToLowerInvariant(), Channel = f.Spec.Channel.ToString().ToLowerInvariant(), f.Spec.Target,
                    Digest = f.Spec.Digest.ToString().ToLowerInvariant(), f.Spec.DigestHour, f.Active, f.CreatedAt,
                    Deliveries = CountsOf(f), f.LastError, f.LastErrorAt,
                });
                Console.WriteLine(JsonSerializer.Serialize(rows, StageTool.Indented));
                return 0;
            }

            Console.Write(Table(all, CountsOf));
            return 0;
        }));
        return command;
    }

    private static Command Remove(Option<string?> data)
    {
        var slug = new Argument<string>("SLUG") { Description = "The follow's slug (see follows list)" };
        var command = new Command("remove", "Remove a follow and its deliveries") { slug };
        command.SetAction((parse, ct) => WithHostAsync(parse, data, ct, async host =>
        {
            if (!await host.Services.GetRequiredService<FollowStore>().RemoveAsync(parse.GetValue(slug)!, ct))
            {
                await Console.Error.WriteLineAsync($"newsdesk: no follow with slug {parse.GetValue(slug)}");
                return 1;
            }

            Console.WriteLine($"removed follow {parse.GetValue(slug)}");
            return 0;
        }));
        return command;
    }

    internal static string Rule(FollowSpec spec) => spec.Kind switch
    {
        FollowKind.Breaking => "breaking",
        _ => $"{spec.Kind.ToString().ToLowerInvariant()} \"{spec.Term}\"",
    } + (spec.On == FollowTrigger.Revision ? ", every revision" : ", new stories");

    internal static string Destination(FollowSpec spec) => spec.Channel switch
    {
        Channel.None => "feed only",
        Channel.Email when spec.Digest != DigestSchedule.Immediate => $"email {spec.Target} ({spec.Digest.ToString().ToLowerInvariant()} digest at {spec.DigestHour:00}:00 UTC)",
        _ => $"{spec.Channel.ToString().ToLowerInvariant()} {spec.Target}",
    };

    internal static string Table(IReadOnlyList<Follow> follows, Func<Follow, FollowDeliveryCounts> counts)
    {
        string[] header = ["SLUG", "RULE", "DESTINATION", "ACTIVE", "PENDING", "SENT", "FAILED", "LAST ERROR"];
        var rows = follows.Select(f => new[]
        {
            f.Slug, Cut(Rule(f.Spec), RuleWidth), Destination(f.Spec), f.Active ? "yes" : "no",
            counts(f).Pending.ToString(), counts(f).Sent.ToString(), counts(f).Failed.ToString(), Cut(f.LastError ?? "", ErrorWidth),
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
