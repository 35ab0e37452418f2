using System.Text;
using Newsdesk.Commands;
using Newsdesk.Testing;

namespace Newsdesk.Tests;

public sealed class VerifyCommandTests
{
    private static string Fixture(string name) => Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "verify", name);

    [Fact]
    public void ChecksEveryPartOfAStoryFile()
    {
        var articles = VerifyCommand.ReadArticles(File.ReadAllBytes(Fixture("articles.json")));
        var report = VerifyCommand.Verify(File.ReadAllBytes(Fixture("story.json")), articles);

        Assert.Equal(10, report.Sentences.Count);   // 8 sentences and fact rows, the subhead, the dateline
        Assert.Contains(report.Sentences, s => s.Supported && s.Text == "LONDON, Feb. 23, 2023");
        Assert.Equal(report.Sentences.Count(s => s.Supported), report.Supported);
        Assert.Contains(report.Sentences, s => !s.Supported && s.Reasons.Contains("number not in sources: 270"));
        Assert.Contains(report.Sentences, s => !s.Supported && s.Reasons.Contains("quote not found"));
        Assert.Contains(report.Sentences, s => s.Supported && s.Text == "Invasion began: Feb. 24, 2022");
    }

    [Fact]
    public void ChecksPlainText()
    {
        var articles = VerifyCommand.ReadArticles(File.ReadAllBytes(Fixture("articles.json")));
        var report = VerifyCommand.Verify(File.ReadAllBytes(Fixture("text.json")), articles);

        Assert.Equal(2, report.Sentences.Count);
        Assert.True(report.Sentences[0].Supported);
        Assert.Contains(report.Sentences[1].Reasons, r => r.StartsWith("negation differs", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BadSources => new()
    {
        { "not JSON", "{articles" },
        { "no articles list", "{\"items\":[]}" },
        { "an article without an id", "{\"articles\":[{\"text\":\"x\"}]}" },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void RejectsBadSources(string name, string json)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Throws<BadInputException>(() => VerifyCommand.ReadArticles(Encoding.UTF8.GetBytes(json)));
    }
}
