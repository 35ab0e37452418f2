using System.CommandLine;
using System.Globalization;
using Newsdesk.Articles;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk extract PATH... [--url URL]</c>: HTML pages to <c>{"url","title","author","published",
/// "language","text"}</c> (design.md §3), followed by the extras (canonical URL, image, description,
/// site name, method). A PDF, an image or binary data is a bad input (exit 1).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The output shape: the fixed fields first, in the order design.md §3 gives them.</summary>
    internal sealed record Output(
        string? Url,
        string? Title,
        string? Author,
        string? Published,
        string? Language,
        string Text,
        string? CanonicalUrl,
        string? Image,
        string? Description,
        string? SiteName,
        string Method);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "HTML pages, or - for standard input", Arity = ArgumentArity.OneOrMore };
        StageTool.RejectUnknownOptions(paths);
        var url = new Option<string?>("--url") { Description = "The URL the pages came from (resolves links, dates in the path)" };
        var command = new Command("extract", "Extract the main text and metadata of article pages.") { paths, url };
        command.SetAction(async (parse, ct) =>
        {
            Uri? pageUrl = null;
            if (parse.GetValue(url) is { } u && !Uri.TryCreate(u, UriKind.Absolute, out pageUrl))
            {
                await Console.Error.WriteLineAsync($"newsdesk: --url {u} is not an absolute URL");
                return Cli.UsageError;
            }

            return await StageTool.RunAsync(parse.GetValue(paths) ?? [], (input, _) => Task.FromResult(Extract(input, pageUrl)), ct);
        });
        return command;
    }

    internal static Output Extract(StageInput input, Uri? url)
    {
        ExtractedArticle article;
        try
        {
            article = ArticleExtractor.Extract(input.Bytes, url);
        }
        catch (NotHtmlException e)
        {
            throw new BadInputException(e.Message);
        }

        return new Output(
            article.Url,
            article.Title,
            article.Author,
            article.Published?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            article.Language,
            article.Text,
            article.CanonicalUrl,
            article.Image,
            article.Description,
            article.SiteName,
            article.Method.ToString().ToLowerInvariant());
    }
}
