using Newsdesk.Articles;
using Newsdesk.Publishing;
using Newsdesk.Workers;
using Newsdesk.Writing;

namespace Newsdesk.Tests.Workers;

/// <summary>
/// A story's revision notes, topics and entities are about the reports its published text cites,
/// not every report of its cluster (real feeds, 26-29 May 2020: a note named an outlet the story
/// did not cite, and a Twitter story carried the entities of an uncited report about a lockdown).
/// </summary>
public sealed class CitedReportsTests
{
    private static readonly DateTimeOffset May29 = new(2020, 5, 29, 6, 0, 0, TimeSpan.Zero);

    private static Article Report(string id, string outlet, string title, string text) =>
        new(id, "https://example.org/" + id, outlet, title, text, May29);

    private static readonly Article[] Reports =
    [
        Report("1", "BBC", "Trump signs order on social media", "President Donald Trump signed an order aimed at social media companies. Jack Dorsey said Twitter would go on labelling posts."),
        Report("2", "CNN", "Twitter labels Trump post", "Jack Dorsey said the labels would stay. President Trump said the order would protect free speech."),
        Report("3", "NZ Herald", "Auckland cafe reopens after lockdown", "Jacinda Ardern visited the Auckland cafe as hospitals and patients in Auckland waited for surgery. Jacinda Ardern said the hospital would reopen."),
        Report("4", "Stuff", "Hospitals catch up on surgery", "Jacinda Ardern said patients would be seen as hospitals in Auckland reopened wards for surgery."),
    ];

    private static Story Citing(params string[] ids) => new(
        "Trump signs order on social media", "", "President Donald Trump signed an order aimed at social media companies.", ids,
        [], [], ids.Select(id => Reports.First(r => r.Id == id)).Select(a => new StorySource(a.Id, a.Source, a.Title, a.Url, a.Published)).ToList());

    private static PublishedStory Published(Story story) => new(
        "7", "trump-signs-order", story, May29, May29, 1, false, [], [], 2, new VerificationSummary(1, 1, 0), []);

    [Fact]
    public void Only_the_cited_reports_count()
    {
        var cited = WritingStage.Cited(Citing("1", "2"), Reports);

        Assert.Equal(["1", "2"], cited.Select(a => a.Id));
    }

    [Fact]
    public void A_first_revision_note_counts_the_cited_reports_and_their_outlets()
    {
        var story = Citing("1", "2");

        Assert.Equal("First published from 2 reports by 2 outlets.", WritingStage.WhatChanged(null, story, WritingStage.Cited(story, Reports)));
    }

    [Fact]
    public void A_revision_note_names_no_outlet_the_story_does_not_cite()
    {
        var last = Published(Citing("1"));
        var story = Citing("1", "2");

        var note = WritingStage.WhatChanged(last, story, WritingStage.Cited(story, Reports));

        Assert.Equal("Added reporting from CNN.", note);
        Assert.DoesNotContain("NZ Herald", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_and_topics_come_from_the_cited_reports()
    {
        var (topics, entities) = WritingStage.Tags(Citing("1", "2"), Reports);
        var (allTopics, allEntities) = WritingStage.Tags(Citing("1", "2", "3", "4"), Reports);

        Assert.Equal(["Donald Trump", "Jack Dorsey"], entities);
        Assert.DoesNotContain("Health", topics);
        Assert.Contains("Jacinda Ardern", allEntities);   // the uncited report's, had it been cited
        Assert.Contains("Health", allTopics);
    }
}
