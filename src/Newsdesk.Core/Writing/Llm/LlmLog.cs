using Microsoft.Extensions.Logging;

namespace Newsdesk.Writing.Llm;

/// <summary>The LLM writer's log events (stable ids 5100-5199).</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "LLM writer fell back to the extractive writer for revision {Revision}: {Reason}")]
    public static partial void FellBack(ILogger logger, string revision, string reason);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "LLM story for revision {Revision}: {Dropped} sentences dropped, {Repaired} repaired, {Tokens} tokens in {Requests} requests")]
    public static partial void Written(ILogger logger, string revision, int dropped, int repaired, int tokens, int requests);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "LLM story for revision {Revision} served from cache")]
    public static partial void FromCache(ILogger logger, string revision);
}
