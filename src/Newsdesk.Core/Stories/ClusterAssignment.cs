namespace Newsdesk.Stories;

/// <summary>Where <see cref="StoryClusterer.Add"/> placed an article, and the merges it caused.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="StoryId">The story the article now belongs to.</param>
/// <param name="IsNewStory">True when the article started the story.</param>
/// <param name="Score">Similarity to the story it joined (0 for a new story).</param>
/// <param name="Merges">Stories merged because of this article (usually none).</param>
public sealed record ClusterAssignment(
    string ArticleId,
    string StoryId,
    bool IsNewStory,
    double Score,
    IReadOnlyList<StoryMerge> Merges);

/// <summary>One entry of the merge log: story <paramref name="From"/> was folded into <paramref name="Into"/>.</summary>
public sealed record StoryMerge(string From, string Into, DateTimeOffset At, string ByArticleId, double Similarity);
