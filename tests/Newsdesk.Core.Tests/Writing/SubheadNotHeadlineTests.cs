using Newsdesk.Testing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// A subhead never repeats the headline. Without source headlines the headline is a sentence's main
/// clause, and before session 14 the section that sentence opened was headed by the same clause
/// (5 of the 125 Multi-News dev stories: c025 "Union City Football coach Jonathon Magwood broke two
/// vertebrae" as headline and as subhead, c029 "Zeitzer is senior author of the study").
/// </summary>
public class SubheadNotHeadlineTests
{
    /// <summary>The clusters read: the first 30 of the sample hold c025 and c029.</summary>
    private const int Clusters = 30;

    [SkippableFact]
    public async Task No_subhead_says_the_headline_again()
    {
        var csv = Path.Combine(TestEnvironment.BenchData("multinews-sample"), "validation.csv");
        var writer = new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = 250 });
        var repeated = new List<string>();
        foreach (var cluster in MultiNews.Read(csv, Clusters))
        {
            var story = await writer.WriteAsync(cluster.Articles, CancellationToken.None);
            repeated.AddRange(story.Sections.Where(s => string.Equals(s.Heading, story.Headline, StringComparison.OrdinalIgnoreCase))
                .Select(s => $"c{cluster.Index:D3}: {s.Heading}"));
        }

        Assert.Empty(repeated);
    }
}
