using Newsdesk.Writing;

namespace Newsdesk.Publishing;

/// <summary>
/// A whole story as the JSON API serves it (<c>/api/stories/{slug}</c>), and as webhooks send it:
/// one shape, so a receiver can use the same code for both. <see cref="Language"/>: the language
/// the story is written in (ISO 639-1).
/// </summary>
public sealed record StoryDocument(
    string Id, string Slug, string Url, string Headline, string Dateline, string Lede, IReadOnlyList<string> LedeCites,
    IReadOnlyList<StorySection> Sections, IReadOnlyList<StoryFact> Facts, IReadOnlyList<StorySource> Sources,
    DateTimeOffset Published, DateTimeOffset Updated, int Revision, double Significance, bool Breaking,
    IReadOnlyList<string> Topics, IReadOnlyList<string> Entities, int DistinctOutlets, VerificationSummary Verification,
    IReadOnlyList<StoryRevision> Revisions,
    string Language)
{
    /// <summary>
    /// The story's thread (issue #14): the stories it develops and that develop it, oldest first,
    /// itself included; null where it is not given (webhooks).
    /// </summary>
    public IReadOnlyList<StoryThreadEntry>? Thread { get; init; }

    /// <summary>The thread's page when the story is in a thread of two or more stories, else null.</summary>
    public string? ThreadUrl { get; init; }

    /// <summary>The document of <paramref name="story"/>, whose page is at <paramref name="url"/>.</summary>
    public static StoryDocument From(PublishedStory story, Uri url) => new(
        story.Id, story.Slug, url.AbsoluteUri, story.Content.Headline, story.Content.Dateline,
        story.Content.Lede, story.Content.LedeCites, story.Content.Sections, story.Content.Facts, story.Content.Sources,
        story.Published, story.Updated, story.Revision, story.Significance, story.Breaking, story.Topics, story.Entities,
        story.DistinctOutlets, story.Verification, story.Revisions, story.Language);
}

/// <summary>One story of a thread, in the thread's time order: its page (<paramref name="Url"/>) and its API address.</summary>
public sealed record StoryThreadEntry(string Id, string Slug, string Headline, DateTimeOffset Published, string Url, string Api);
