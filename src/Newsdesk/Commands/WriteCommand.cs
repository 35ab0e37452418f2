using System.ClientModel;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Writing;
using Newsdesk.Writing.Llm;
using Newsdesk.Writing.Rendering;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk write PATH [--writer extractive|llm] [--format json|md|html] [--words N]</c>
/// (design.md §3): reads <c>{"articles":[...]}</c> and prints the story.
/// </summary>
internal static class WriteCommand
{
    /// <summary>Most articles one story may hold; more is a bad input, not a slow run.</summary>
    internal const int MaxArticles = InputLimits.MaxArticlesPerStory;

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "JSON {\"articles\":[...]} (or - for standard input)" };
        StageTool.RejectUnknownOptions(path);
        var writer = new Option<string>("--writer") { Description = "extractive (default, no model) or llm (an OpenAI-compatible endpoint from configuration)", DefaultValueFactory = _ => "extractive" };
        writer.AcceptOnlyFromAmong("extractive", "llm");
        var format = new Option<string>("--format") { Description = "json (default), md or html", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var words = new Option<int>("--words") { Description = "target length of the story text in words (default 400)", DefaultValueFactory = _ => new ExtractiveWriterOptions().TargetWords };
        words.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value is < ExtractiveWriterOptions.MinTargetWords or > ExtractiveWriterOptions.MaxTargetWords)
            {
                r.AddError($"--words must be within {ExtractiveWriterOptions.MinTargetWords}..{ExtractiveWriterOptions.MaxTargetWords}");
            }
        });

        var command = new Command("write", "Write a story from the articles about one event; every sentence cites the articles that support it.");
        command.Arguments.Add(path);
        command.Options.Add(writer);
        command.Options.Add(format);
        command.Options.Add(words);
        command.SetAction(async (parse, ct) =>
        {
            IStoryWriter storyWriter;
            try
            {
                storyWriter = WriterFactory.Create(parse.GetValue(writer)!, new ExtractiveWriterOptions { TargetWords = parse.GetValue(words) });
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {e.Message}");
                return Cli.UsageError;
            }

            return await RunAsync(parse.GetValue(path)!, parse.GetValue(format)!, storyWriter, ct);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string path, string format, IStoryWriter writer, CancellationToken ct)
    {
        async Task<Story> Write(StageInput input, CancellationToken token) =>
            await writer.WriteAsync(ParseArticles(input.Bytes), token);

        if (format == "json")
        {
            return await StageTool.RunAsync([path], Write, ct, InputLimits.MaxJsonInputBytes);
        }

        Story story;
        try
        {
            story = await Write(await StageTool.ReadAsync(path, ct, InputLimits.MaxJsonInputBytes), ct);
        }
        catch (Exception e) when (e is BadInputException or JsonException or IOException or FormatException)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {path}: {InputErrors.Describe(e)}");
            return 1;
        }

        var text = format == "html" ? StoryHtml.Render(story) : StoryMarkdown.Render(story);
        await using var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        return 0;
    }

    /// <summary>Parses the wire format into articles; a missing id or articles list is a bad input.</summary>
    internal static List<Article> ParseArticles(byte[] json)
    {
        var input = JsonSerializer.Deserialize<WriteInput>(json, StageTool.Indented)
            ?? throw new BadInputException("expected a JSON object {\"articles\":[...]}");
        if (input.Articles is null)
        {
            throw new BadInputException("expected a JSON object {\"articles\":[...]}");
        }

        if (input.Articles.Count > MaxArticles)
        {
            throw new BadInputException($"more than {MaxArticles} articles");
        }

        var articles = new List<Article>(input.Articles.Count);
        foreach (var a in input.Articles)
        {
            if (a is null || string.IsNullOrWhiteSpace(a.Id))
            {
                throw new BadInputException($"article {articles.Count + 1} has no id");
            }

            articles.Add(InputLimits.Bound(new Article(a.Id, a.Url ?? "", a.Source ?? "", a.Title ?? "", a.Text ?? "", a.Published)));
        }

        return articles;
    }

    /// <summary>The input document of <c>write</c>, as it comes on the wire.</summary>
    private sealed record WriteInput(List<ArticleInput?>? Articles);

    private sealed record ArticleInput(string? Id, string? Url, string? Source, string? Title, string? Text, DateTimeOffset? Published);
}

/// <summary>Makes the writer the command asked for.</summary>
internal static class WriterFactory
{
    public static IStoryWriter Create(string name, ExtractiveWriterOptions options) => name switch
    {
        "llm" => LlmWiring.Create(options),
        _ => new ExtractiveWriter(options),
    };
}

/// <summary>
/// The LLM writer's wiring: options from appsettings.json (working directory) and NEWSDESK__
/// environment variables (section Writing:Llm), an OpenAI-compatible client for the endpoint.
/// </summary>
internal static class LlmWiring
{
    public static IStoryWriter Create(ExtractiveWriterOptions extractive)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Create(configuration, extractive, LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace)));
    }

    /// <summary>The LLM writer from configuration section Newsdesk:Writing:Llm (also used by <c>serve</c>).</summary>
    public static IStoryWriter Create(IConfiguration configuration, ExtractiveWriterOptions extractive, ILoggerFactory logging)
    {
        var options = new LlmWriterOptions();
        configuration.GetSection(LlmWriterOptions.Section).Bind(options);
        options.Validate();
        return new LlmWriter(CreateClient(options), options, new ExtractiveWriter(extractive), new StoryCache(), TimeProvider.System, logging.CreateLogger<LlmWriter>())
        {
            TargetWords = extractive.TargetWords,
        };
    }

    /// <summary>An <see cref="IChatClient"/> for an OpenAI-compatible endpoint (OpenAI, Ollama's /v1, vLLM, llama.cpp server).</summary>
    public static IChatClient CreateClient(LlmWriterOptions options)
    {
        var client = new OpenAI.Chat.ChatClient(
            options.Model,
            new ApiKeyCredential(options.ApiKey.Length > 0 ? options.ApiKey : "no-key"),
            new OpenAI.OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint),
                NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            });
        return client.AsIChatClient();
    }
}
