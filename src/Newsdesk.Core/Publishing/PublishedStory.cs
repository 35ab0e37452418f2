using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Publishing;

/// <summary>
/// A verified story as the site shows it: the written <see cref="Writing.Story"/> plus what publishing
/// needs to rank, route and explain it. <see cref="Topics"/> and <see cref="Entities"/> are display
/// names; their routes use <see cref="Slug.ForTerm"/>. <see cref="Language"/> is the language the
/// story is written in (<see cref="StoryLanguage"/>), an ISO 639-1 code; a revision stored before the
/// field existed reads as <see cref="Languages.Default"/>.
/// </summary>
public sealed record PublishedStory(
    string Id,
    string Slug,
    Story Content,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    double Significance,
    bool Breaking,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Entities,
    int DistinctOutlets,
    VerificationSummary Verification,
    IReadOnlyList<StoryRevision> Revisions,
    string? RedirectSlug = null,
    DateTimeOffset? BreakingUntil = null,
    string Language = Languages.Default)
{
    /// <summary>The current revision number (1 for a story never rewritten).</summary>
    public int Revision => Revisions.Count == 0 ? 1 : Revisions.Max(r => r.Number);

    public PublishedStorySummary ToSummary() => new(
        Id, Slug, Content.Headline, Content.Lede, Content.Dateline, Published, Updated,
        Significance, Breaking, Topics, DistinctOutlets, Content.Sources.Count, Revision, BreakingUntil, Language);

    /// <summary>The story as readers see it at <paramref name="now"/>: "breaking" ends at <see cref="BreakingUntil"/>, rewritten or not.</summary>
    public PublishedStory AsOf(DateTimeOffset now) => Breaking && now >= BreakingUntil ? this with { Breaking = false } : this;
}

/// <summary>What a list (front page, topic, search, feed, API page) needs of a story.</summary>
public sealed record PublishedStorySummary(
    string Id,
    string Slug,
    string Headline,
    string Lede,
    string Dateline,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    double Significance,
    bool Breaking,
    IReadOnlyList<string> Topics,
    int DistinctOutlets,
    int SourceCount,
    int Revision,
    DateTimeOffset? BreakingUntil = null,
    string Language = Languages.Default)
{
    /// <summary>The summary as readers see it at <paramref name="now"/> (see <see cref="PublishedStory.AsOf"/>).</summary>
    public PublishedStorySummary AsOf(DateTimeOffset now) => Breaking && now >= BreakingUntil ? this with { Breaking = false } : this;
}

/// <summary>How a story was checked: sentences checked, how many were supported, how many were flagged.</summary>
public sealed record VerificationSummary(int SentencesChecked, int Supported, int Flagged)
{
    public bool AllSupported => SentencesChecked > 0 && Supported == SentencesChecked && Flagged == 0;
}

/// <summary>One rewrite of a story: its number, when, and what changed.</summary>
public sealed record StoryRevision(int Number, DateTimeOffset Time, string WhatChanged);

/// <summary>A source (feed) and its health, for the admin area and <c>/api/sources</c>.</summary>
public sealed record SourceHealth(
    string Id,
    string Name,
    string Url,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastSuccess,
    int ConsecutiveFailures,
    string? LastError,
    int ArticlesLast24Hours)
{
    /// <summary>Failures in a row after which a source shows as failing rather than degraded.</summary>
    public const int FailingAfter = 3;

    public SourceState State => ConsecutiveFailures switch
    {
        0 when LastSuccess is not null => SourceState.Healthy,
        0 => SourceState.Pending,
        < FailingAfter => SourceState.Degraded,
        _ => SourceState.Failing,
    };
}

public enum SourceState
{
    Pending,
    Healthy,
    Degraded,
    Failing,
}
