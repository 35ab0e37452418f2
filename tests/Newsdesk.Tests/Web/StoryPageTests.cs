using Newsdesk.Web.Pages;
using Newsdesk.Writing;

namespace Newsdesk.Tests.Web;

public sealed class StoryPageTests
{
    private static readonly DateTimeOffset Published = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheCheckedBoxCountsTheOutletsOfTheCitedSources()
    {
        var story = XssStory.Create(Published);

        Assert.Equal("4 sources from 4 outlets cited.", StoryPage.SourcesLine(story));
    }

    [Fact]
    public void MoreOutletsThanCitedAreSaidApartSoTheCountsNeverContradict()
    {
        var story = XssStory.Create(Published);
        StorySource[] twoOutlets =
        [
            new("a", "Daily Ledger", "One", "https://ledger.example/1", Published),
            new("b", "daily ledger", "Two", "https://ledger.example/2", Published),
            new("c", "Harbor Times", "Three", "https://harbor.example/3", Published),
        ];
        var wider = story with { Content = story.Content with { Sources = twoOutlets }, DistinctOutlets = 8 };

        Assert.Equal("3 sources from 2 outlets cited; 8 outlets reported this event.", StoryPage.SourcesLine(wider));
    }
}
