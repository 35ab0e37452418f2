using Newsdesk.Writing;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// A toll that rose while outlets reported it is no dispute; figures reported at the same time are
/// (real feeds, May 2020: "Cyclone Amphan killed at least five people" in the morning, "killed at least
/// 82 people" a day later, was told as "Reports differ on the number killed").
/// </summary>
public sealed class DevelopingTollTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static Task<Story> Write(TimeSpan later) => new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = 300 }).WriteAsync(
    [
        StoryFixtures.Article("a1", "Coast Daily", "Cyclone Amphan strikes the coast",
            "Cyclone Amphan killed at least five people as it swept through the eastern coast on Wednesday, officials said. " +
            "Thousands of homes were destroyed by the storm surge along the coast. Power lines were torn down across the region.", Morning),
        StoryFixtures.Article("b1", "Harbour Post", "Cyclone Amphan kills dozens on the coast",
            "Cyclone Amphan killed at least 82 people as it swept through the eastern coast, officials said on Thursday. " +
            "Rescue teams scoured devastated coastal villages after the storm surge. Power lines were torn down across the region.", Morning + later),
    ], CancellationToken.None);

    [Fact]
    public async Task A_toll_that_rose_over_a_day_is_no_dispute()
    {
        var story = await Write(TimeSpan.FromDays(1));

        Assert.DoesNotContain(story.Sections, s => s.Heading.StartsWith("Reports differ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Figures_reported_at_the_same_time_are_a_dispute_told_once()
    {
        var story = await Write(TimeSpan.FromMinutes(30));

        var dispute = Assert.Single(story.Sections, s => s.Heading == "Reports differ on the number killed");
        Assert.Equal(2, dispute.Bullets.Count);
        // The lede and the body leave the figures to the disputes section.
        Assert.DoesNotContain("killed at least", story.Lede, StringComparison.Ordinal);
        Assert.All(story.Sections.Where(s => s != dispute).SelectMany(s => s.Paragraphs).SelectMany(p => p),
            s => Assert.DoesNotContain("killed at least", s.Text, StringComparison.Ordinal));
    }
}
