using System.CommandLine;
using System.Globalization;
using Newsdesk.Feeds;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk parse-feed PATH... [--base-url URL] [--content-type TYPE]</c>: feed documents to
/// <c>{"format","title","link","items":[...]}</c> (design.md §3). A document that is not a feed
/// is a bad input (exit 1); a recovered ill-formed feed is printed, its warnings go to stderr.
/// Bounded: a document over <see cref="FeedLimits.MaxDocumentBytes"/> is refused before it is read;
/// over-long fields are cut (<see cref="FeedLimits"/>), with a warning.
/// </summary>
internal static class ParseFeedCommand
{
    /// <summary>The output shape, fixed by design.md §3.</summary>
    internal sealed record Output(string Format, string? Title, string? Link, IReadOnlyList<OutputItem> Items);

    internal sealed record OutputItem(string? Id, string? Title, string? Link, string? Published, string? Updated, string? Author, string? Summary, string? Content);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Feed files (RSS, RDF, Atom, JSON Feed, sitemap), or - for standard input", Arity = ArgumentArity.OneOrMore };
        StageTool.RejectUnknownOptions(paths);
        var baseUrl = new Option<string?>("--base-url") { Description = "The URI the documents came from; relative links resolve against it" };
        var contentType = new Option<string?>("--content-type") { Description = "The HTTP Content-Type the documents came with (its charset picks the encoding)" };
        var command = new Command("parse-feed", "Parse feed documents into Newsdesk's feed model.") { paths, baseUrl, contentType };
        command.SetAction(async (parse, ct) =>
        {
            Uri? baseUri = null;
            if (parse.GetValue(baseUrl) is { } b && !Uri.TryCreate(b, UriKind.Absolute, out baseUri))
            {
                await Console.Error.WriteLineAsync($"newsdesk: --base-url {b} is not an absolute URL");
                return Cli.UsageError;
            }

            var type = parse.GetValue(contentType);
            // A feed larger than one feed may be is refused from its size, before it is read (FeedLimits.MaxDocumentBytes).
            return await StageTool.RunAsync(parse.GetValue(paths) ?? [], (input, _) => Task.FromResult(Parse(input, type, baseUri)), ct, FeedLimits.MaxDocumentBytes);
        });
        return command;
    }

    internal static Output Parse(StageInput input, string? contentType, Uri? baseUri)
    {
        switch (FeedParser.Parse(input.Bytes, contentType, baseUri))
        {
            case FeedParseResult.NotAFeed notAFeed:
                throw new BadInputException("not a feed: " + notAFeed.Reason);
            case FeedParseResult.Parsed parsed:
                foreach (var warning in parsed.Warnings)
                {
                    Console.Error.WriteLine($"newsdesk: {input.Path}: warning: {warning}");
                }

                return ToOutput(parsed.Feed);
            default:
                throw new InvalidOperationException("unknown parse result");
        }
    }

    internal static Output ToOutput(Feed feed) => new(
        feed.Format.ToString().ToLowerInvariant(),
        feed.Title,
        feed.Link,
        feed.Items.Select(i => new OutputItem(i.Id, i.Title, i.Link, Time(i.Published), Time(i.Updated), i.Author, i.Summary, i.Content)).ToList());

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
