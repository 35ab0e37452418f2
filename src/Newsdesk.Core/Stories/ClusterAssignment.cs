namespace Newsdesk.Stories;

/// <summary>Where <see cref="StoryClusterer.Add"/> placed an article, and the merges it caused.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="StoryId">The story the article now belongs to.</param>
/// <param name="IsNewStory">True when the article started the story.</param>
/// <param name="Score">Similarity to the story it joined (0 for a new story).</param>
/// <param name="Merges">Stories merged because of this article (usually none).</param>
/// <param name="ThreadId">The thread the story belongs to: the id of the thread's first story (the story's own id when it develops no earlier story).</param>
/// <param name="Link">When this article opened a story that develops an earlier one: the link (else null).</param>
public sealed record ClusterAssignment(
    string ArticleId,
    string StoryId,
    bool IsNewStory,
    double Score,
    IReadOnlyList<StoryMerge> Merges,
    string ThreadId = "",
    ThreadLink? Link = null);

/// <summary>One entry of the merge log: story <paramref name="From"/> was folded into <paramref name="Into"/>.</summary>
public sealed record StoryMerge(string From, string Into, DateTimeOffset At, string ByArticleId, double Similarity);

/// <summary>
/// A new story <paramref name="StoryId"/> develops the earlier story <paramref name="EarlierId"/>
/// (the same people and places, later): it joins that story's thread <paramref name="ThreadId"/>.
/// </summary>
public sealed record ThreadLink(string StoryId, string EarlierId, string ThreadId, double Score);
