using System.Globalization;
using System.Text.Json;

namespace Newsdesk.Commands;

/// <summary>
/// One-line error messages for bad input files, in the user's terms: a JSON value of the wrong
/// kind is named by its place in the document (<c>$.articles[0].id</c>) and position, never by the
/// .NET type it failed to become (System.Text.Json's own message names types such as
/// <c>WriteCommand+ArticleInput</c>).
/// </summary>
internal static class InputErrors
{
    public static string Describe(Exception e)
    {
        if (e is JsonException { Path: { } path } json && json.InnerException is null or InvalidOperationException or FormatException)
        {
            var where = json.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {(json.BytePositionInLine ?? 0) + 1})")
                : "";
            return json.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? (path == "$" ? "not a JSON object of the expected shape" : $"the value at {path} is not of the expected kind") + where
                : OneLine(json.Message);
        }

        return OneLine(e.Message);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
