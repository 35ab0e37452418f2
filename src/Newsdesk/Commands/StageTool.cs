using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Commands;

/// <summary>One input of a stage tool: the name it was given and its bytes.</summary>
internal sealed record StageInput(string Path, byte[] Bytes);

/// <summary>An input the stage cannot use; reported as a one-line error, the other inputs go on.</summary>
internal sealed class BadInputException(string message) : Exception(message);

/// <summary>
/// The shared contract of the stage tools (design.md §3): one PATH (or <c>-</c>) prints one JSON
/// document; several print JSON Lines, one per input in order, each with a <c>"path"</c> field,
/// and an unreadable input becomes <c>{"path","error"}</c> on its line. Exit 0 on success, 1 when
/// an input is bad.
/// </summary>
internal static class StageTool
{
    /// <summary>Largest input a stage tool reads; a larger file is a bad input, not an out-of-memory.</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    public static readonly JsonSerializerOptions Indented = Create(indented: true);
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task<int> RunAsync<T>(
        IReadOnlyList<string> paths,
        Func<StageInput, CancellationToken, Task<T>> process,
        CancellationToken ct)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await RunAsync(paths, process, stdout, Console.Error, ct);
    }

    public static async Task<int> RunAsync<T>(
        IReadOnlyList<string> paths,
        Func<StageInput, CancellationToken, Task<T>> process,
        Stream stdout,
        TextWriter stderr,
        CancellationToken ct)
    {
        if (paths.Count == 0)
        {
            await stderr.WriteLineAsync("newsdesk: give at least one PATH (or - for standard input)");
            return Cli.UsageError;
        }

        if (paths.Count == 1)
        {
            try
            {
                var result = await process(await ReadAsync(paths[0], ct), ct);
                await JsonSerializer.SerializeAsync(stdout, result, Indented, ct);
                await stdout.WriteAsync("\n"u8.ToArray(), ct);
                return 0;
            }
            catch (Exception e) when (IsBadInput(e))
            {
                await stderr.WriteLineAsync($"newsdesk: {paths[0]}: {OneLine(e.Message)}");
                return 1;
            }
        }

        var failed = false;
        foreach (var path in paths)
        {
            byte[] line;
            try
            {
                var result = await process(await ReadAsync(path, ct), ct);
                var element = JsonSerializer.SerializeToElement(result, Compact);
                line = WithPath(path, element);
            }
            catch (Exception e) when (IsBadInput(e))
            {
                failed = true;
                line = JsonSerializer.SerializeToUtf8Bytes(new { path, error = OneLine(e.Message) }, Compact);
            }

            await stdout.WriteAsync(line, ct);
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
        }

        return failed ? 1 : 0;
    }

    public static async Task<StageInput> ReadAsync(string path, CancellationToken ct)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return new StageInput(path, await ReadBoundedAsync(stdin, ct));
        }

        if (!File.Exists(path))
        {
            throw new BadInputException("no such file");
        }

        await using var file = File.OpenRead(path);
        return new StageInput(path, await ReadBoundedAsync(file, ct));
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
            {
                throw new BadInputException($"input is larger than {MaxInputBytes / (1024 * 1024)} MB");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[] WithPath(string path, JsonElement element)
    {
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Compact.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    property.WriteTo(writer);
                }
            }
            else
            {
                writer.WritePropertyName("result");
                element.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return output.ToArray();
    }

    private static bool IsBadInput(Exception e) =>
        e is BadInputException or IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidDataException;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
