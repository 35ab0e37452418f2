using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Writing.Llm;

/// <summary>The story as the model returns it (wire shape), before checking: passage ids instead of article ids.</summary>
internal sealed record LlmDraft(
    string? Headline,
    DraftSentence? Lede,
    List<DraftSection?>? Sections,
    List<DraftFact?>? Facts);

internal sealed record DraftSentence(string? Text, List<string>? Passages);

internal sealed record DraftSection(string? Heading, List<List<DraftSentence?>?>? Paragraphs, List<DraftSentence?>? Bullets);

internal sealed record DraftFact(string? Label, string? Value, List<string>? Passages);

internal sealed record RepairReply(List<RepairItem?>? Repairs);

internal sealed record RepairItem(int Id, string? Text, List<string>? Passages);

/// <summary>Reads the model's reply: the JSON object in it (code fences and chatter around it ignored), or null for junk.</summary>
internal static class LlmReply
{
    /// <summary>Longest reply read; a longer one is junk.</summary>
    internal const int MaxReplyChars = 200_000;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static T? Parse<T>(string? reply)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(reply) || reply.Length > MaxReplyChars)
        {
            return null;
        }

        var start = reply.IndexOf('{');
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(reply.AsSpan(start, end - start + 1), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
