using System.Text;
using System.Text.Json;
using Newsdesk.Commands;

namespace Newsdesk.Tests;

public sealed class StageToolTests
{
    private static Task<object> Echo(StageInput input, CancellationToken ct) =>
        input.Bytes.Length == 0
            ? throw new BadInputException("empty input")
            : Task.FromResult<object>(new { length = input.Bytes.Length });

    [Fact]
    public async Task OnePathPrintsOneDocument()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "hello");
        using var stdout = new MemoryStream();
        var code = await StageTool.RunAsync([file], Echo, stdout, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout.ToArray());
        Assert.Equal(5, doc.RootElement.GetProperty("length").GetInt32());
        Assert.False(doc.RootElement.TryGetProperty("path", out _));
    }

    [Fact]
    public async Task SeveralPathsPrintJsonLinesAndABadInputDoesNotStopTheOthers()
    {
        var good = Path.GetTempFileName();
        var empty = Path.GetTempFileName();
        await File.WriteAllTextAsync(good, "abc");
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();

        var code = await StageTool.RunAsync([good, missing, empty, good], Echo, stdout, stderr, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([good, missing, empty, good], parsed.Select(p => p.GetProperty("path").GetString()));
        Assert.Equal(3, parsed[0].GetProperty("length").GetInt32());
        Assert.Equal("no such file", parsed[1].GetProperty("error").GetString());
        Assert.Equal("empty input", parsed[2].GetProperty("error").GetString());
        Assert.Equal(3, parsed[3].GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task ABadSingleInputExitsOneWithAOneLineError()
    {
        var empty = Path.GetTempFileName();
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();

        var code = await StageTool.RunAsync([empty], Echo, stdout, stderr, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal(0, stdout.Length);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task AnUnknownFlagIsAUsageError()
    {
        var code = await Cli.RunAsync(["--no-such-flag"]);
        Assert.Equal(Cli.UsageError, code);
    }
}
