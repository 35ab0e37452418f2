using Newsdesk.Publishing;
using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Notify;

/// <summary>Published stories for the notification tests.</summary>
internal static class NoticeStories
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static PublishedStory Quay(bool breaking = false, string[]? topics = null, string[]? entities = null) => new(
        "7", "2026-03-10-harbour-board-votes-to-extend-the-eastern-quay",
        new Story(
            "Harbour board votes to extend the eastern quay",
            "PORT CALDER, March 10",
            "The harbour board voted on Tuesday to extend the eastern quay by 120 metres.",
            ["1", "2"],
            [new StorySection("The vote", [[new CitedSentence("Board chair Ellen Marsh said larger container ships could berth.", ["2"])]],
                [new CitedSentence("Dock workers welcomed the plan & its <jobs>.", ["1"])])],
            [new StoryFact("Length", "120 metres", ["1"])],
            [
                new StorySource("1", "Harbour News", "Board votes on quay", "https://harbour.example/quay?a=1&b=2", Now),
                new StorySource("2", "Coast Daily", "Quay to grow", "https://coast.example/quay", Now),
            ]),
        Now.AddHours(-1), Now, 0.8, breaking,
        topics ?? ["Business"], entities ?? ["Ellen Marsh", "Port Calder"], 2,
        new VerificationSummary(3, 3, 0), [new StoryRevision(1, Now, "First published.")]);
}
