using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Hosting;

/// <summary>How the pipeline after polling runs (section <c>Newsdesk:Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string Section = "Newsdesk:Pipeline";

    /// <summary>Article pages fetched at once (the per-host gate still applies to each host).</summary>
    [Range(1, 64)]
    public int FetchConcurrency { get; set; } = 4;

    /// <summary>Items, articles or stories one stage takes per round.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>A published story is rewritten no more often than this when its sources change.</summary>
    public TimeSpan RewriteInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The writer takes the newest change first while it lags, but a story that has waited longer
    /// than this (news clock, since its oldest unwritten change) is written before newer ones, so
    /// no change starves (StoryStore.LeaseDueAsync).
    /// </summary>
    public TimeSpan WriteMaxWait { get; set; } = Storage.StoryStore.DefaultMaxWait;

    /// <summary>The story span: a story takes articles for this long after its first (docs/stories.md).</summary>
    public TimeSpan ClusterWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Sleep between rounds when a round found nothing to do.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Distinct outlets within <see cref="BreakingWindow"/> that make a story "breaking".</summary>
    [Range(1, 100)]
    public int BreakingMinOutlets { get; set; } = 3;

    public TimeSpan BreakingWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A story stays marked breaking this long after its coverage last grew.</summary>
    public TimeSpan BreakingFor { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Articles a story is written from at most: a long story's first ones and its newest (Writing.WrittenFrom).</summary>
    [Range(1, 2_000)]
    public int MaxArticlesPerStory { get; set; } = 60;
}
