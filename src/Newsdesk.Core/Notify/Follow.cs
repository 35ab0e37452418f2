namespace Newsdesk.Notify;

/// <summary>What a follow watches for.</summary>
public enum FollowKind
{
    /// <summary>A topic of the story (<c>PublishedStory.Topics</c>), compared by its route key.</summary>
    Topic,

    /// <summary>A person, place or organisation among the story's entities, compared by its route key.</summary>
    Entity,

    /// <summary>A keyword query in the site's search syntax: every word must be in the story.</summary>
    Query,

    /// <summary>Every story while it is breaking.</summary>
    Breaking,
}

/// <summary>Which revisions of a matching story are delivered.</summary>
public enum FollowTrigger
{
    /// <summary>Once per story: the first revision that matches.</summary>
    New,

    /// <summary>Every material revision that matches, at most once per <c>Notify:MinGap</c> a story.</summary>
    Revision,
}

/// <summary>Where a follow's deliveries go; <see cref="None"/>: only its feed and page.</summary>
public enum Channel
{
    None,
    Webhook,
    Ntfy,
    Apprise,
    Email,
}

/// <summary>When email deliveries go out: at once, or as a digest at a set hour (UTC).</summary>
public enum DigestSchedule
{
    Immediate,
    Daily,
    Weekly,
}

/// <summary>
/// What an operator asks for: a name (its slug is the follow's route), the rule (kind and term),
/// which revisions, and one destination. A webhook's secret and an email's unsubscribe token are
/// made by the store, never typed in.
/// </summary>
public sealed record FollowSpec(
    string Name,
    FollowKind Kind,
    string Term,
    FollowTrigger On = FollowTrigger.New,
    Channel Channel = Channel.None,
    string? Target = null,
    DigestSchedule Digest = DigestSchedule.Immediate,
    int DigestHour = FollowSpec.DefaultDigestHour)
{
    /// <summary>Digests go out at 07:00 UTC unless the follow says otherwise.</summary>
    public const int DefaultDigestHour = 7;
}

/// <summary>A stored follow.</summary>
public sealed record Follow(
    long Id,
    string Slug,
    FollowSpec Spec,
    string Secret,
    string UnsubscribeToken,
    DateTimeOffset CreatedAt,
    bool Active,
    string? LastError,
    DateTimeOffset? LastErrorAt);
