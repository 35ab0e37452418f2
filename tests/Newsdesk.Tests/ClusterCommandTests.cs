using System.Text;
using System.Text.Json;
using Newsdesk.Commands;
using Newsdesk.Stories;

namespace Newsdesk.Tests;

public sealed class ClusterCommandTests
{
    private static async Task<(int Code, string[] Lines, string Error)> Run(string input)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, input);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = await ClusterCommand.RunAsync(file, new StoryClustererOptions(), stdout, stderr, CancellationToken.None);
        File.Delete(file);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public async Task PrintsOneIdAndStoryLinePerArticleInInputOrder()
    {
        var input = """
            {"id":"a","url":"u","source":"s1","title":"Valparaiso earthquake of magnitude 7.1","text":"","published":"2026-03-10T12:00:00Z"}
            {"id":"b","url":"u","source":"s2","title":"Magnitude 7.1 earthquake shakes Valparaiso","text":"","published":"2026-03-10T12:05:00Z"}

            {"id":"c","url":"u","source":"s3","title":"Lakers beat Celtics in overtime","text":"","published":null}
            """;

        var (code, lines, _) = await Run(input);

        Assert.Equal(0, code);
        var rows = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", "b", "c"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(rows[0].GetProperty("story").GetString(), rows[1].GetProperty("story").GetString());
        Assert.NotEqual(rows[0].GetProperty("story").GetString(), rows[2].GetProperty("story").GetString());
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"title\":\"x\"}\n{not json\n", 2)]
    [InlineData("{\"title\":\"no id\"}\n", 1)]
    [InlineData("[1,2]\n", 1)]
    [InlineData("{\"id\":\"a\",\"published\":\"not a date\"}\n", 1)]
    public async Task ABadLineExitsOneNamingTheLine(string input, int badLine)
    {
        var (code, lines, error) = await Run(input);

        Assert.Equal(1, code);
        Assert.Equal(badLine - 1, lines.Length);
        Assert.Contains($"line {badLine}:", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.TrimEnd());
    }
}
