namespace Newsdesk.Writing.Llm;

/// <summary>
/// The LLM writer's configuration (section <c>Writing:Llm</c>; environment variables
/// <c>NEWSDESK__WRITING__LLM__ENDPOINT</c> and so on). Any OpenAI-compatible endpoint works,
/// Ollama's included (<c>http://127.0.0.1:11434/v1</c>).
/// </summary>
public sealed class LlmWriterOptions
{
    public const string Section = "Newsdesk:Writing:Llm";

    /// <summary>Base URL of the OpenAI-compatible API, ending in /v1.</summary>
    public string Endpoint { get; set; } = "http://127.0.0.1:11434/v1";

    public string Model { get; set; } = "llama3.1:8b";

    /// <summary>API key; empty for local endpoints that need none.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Time allowed for all the requests of one story (first draft and repair round together).</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Tokens (prompt and completion, all requests) one story may spend; passages are cut to fit.</summary>
    public int MaxTokensPerStory { get; set; } = 12000;

    /// <summary>Requests per minute at most, over all stories this writer serves.</summary>
    public int RequestsPerMinute { get; set; } = 20;

    /// <summary>Completion tokens asked for per request.</summary>
    public int MaxOutputTokens { get; set; } = 2000;

    /// <summary>Throws when an option is unusable; called at start-up.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{Section}:Endpoint must be an http(s) URL, not '{Endpoint}'");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException($"{Section}:Model is required");
        }

        if (TimeoutSeconds is < 1 or > 3600 || RequestsPerMinute is < 1 or > 10000 || MaxOutputTokens < 256 || MaxTokensPerStory < (2 * MaxOutputTokens) + 1000)
        {
            throw new ArgumentException($"{Section}: TimeoutSeconds 1..3600, RequestsPerMinute 1..10000, MaxOutputTokens >= 256, MaxTokensPerStory >= 2 x MaxOutputTokens + 1000");
        }
    }
}
