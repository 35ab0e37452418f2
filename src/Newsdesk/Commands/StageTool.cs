using System.CommandLine;
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
/// an input is bad, 2 on bad usage (<see cref="RejectUnknownOptions"/>).
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
        CancellationToken ct,
        long maxBytes = MaxInputBytes)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await RunAsync(paths, process, stdout, Console.Error, ct, maxBytes);
    }

    public static async Task<int> RunAsync<T>(
        IReadOnlyList<string> paths,
        Func<StageInput, CancellationToken, Task<T>> process,
        Stream stdout,
        TextWriter stderr,
        CancellationToken ct,
        long maxBytes = MaxInputBytes)
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
                var result = await process(await ReadAsync(paths[0], ct, maxBytes), ct);
                await JsonSerializer.SerializeAsync(stdout, result, Indented, ct);
                await stdout.WriteAsync("\n"u8.ToArray(), ct);
                return 0;
            }
            catch (Exception e) when (IsBadInput(e))
            {
                await stderr.WriteLineAsync($"newsdesk: {paths[0]}: {InputErrors.Describe(e)}");
                return 1;
            }
        }

        var failed = false;
        foreach (var path in paths)
        {
            byte[] line;
            try
            {
                var result = await process(await ReadAsync(path, ct, maxBytes), ct);
                var element = JsonSerializer.SerializeToElement(result, Compact);
                line = WithPath(path, element);
            }
            catch (Exception e) when (IsBadInput(e))
            {
                failed = true;
                line = JsonSerializer.SerializeToUtf8Bytes(new { path, error = InputErrors.Describe(e) }, Compact);
            }

            await stdout.WriteAsync(line, ct);
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
        }

        return failed ? 1 : 0;
    }

    /// <summary>
    /// Makes a PATH that looks like an option (<c>--bogus</c>, <c>-x</c>) and names no file or folder
    /// bad usage (exit 2, design.md §3), not a missing input.
    /// </summary>
    public static void RejectUnknownOptions(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"{value} is not an option of this command (see --help)");
                }
            }
        });

    /// <summary>
    /// Reads one input whole, at most <paramref name="maxBytes"/>: a file's size is checked before
    /// anything is read, standard input as it comes.
    /// </summary>
    public static async Task<StageInput> ReadAsync(string path, CancellationToken ct, long maxBytes = MaxInputBytes)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return new StageInput(path, await ReadBoundedAsync(stdin, maxBytes, ct));
        }

        if (Directory.Exists(path))
        {
            throw new BadInputException("is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new BadInputException(path.StartsWith('-') ? "no such file (an option? see --help)" : "no such file");
        }

        if (new FileInfo(path).Length > maxBytes)
        {
            throw new BadInputException($"input is larger than {Megabytes(maxBytes)} MB");
        }

        await using var file = File.OpenRead(path);
        return new StageInput(path, await ReadBoundedAsync(file, maxBytes, ct));
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BadInputException($"input is larger than {Megabytes(maxBytes)} MB");
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
}
