using Newsdesk.Articles;

namespace Newsdesk.Writing;

/// <summary>Writes a story from the articles about one event. Every sentence cites the articles that support it.</summary>
public interface IStoryWriter
{
    Task<Story> WriteAsync(IReadOnlyList<Article> articles, CancellationToken ct);
}
