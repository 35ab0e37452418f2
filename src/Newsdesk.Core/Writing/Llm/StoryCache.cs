using System.Collections.Concurrent;

namespace Newsdesk.Writing.Llm;

/// <summary>
/// Written stories by revision, so that a story whose articles have not changed is never paid
/// for twice. Bounded: past <see cref="Capacity"/> entries the oldest is evicted. One instance
/// per writer (owned by the host), never static.
/// </summary>
public sealed class StoryCache(int capacity = StoryCache.DefaultCapacity)
{
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<string, Story> stories = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => stories.Count;

    public bool TryGet(string revision, out Story story) => stories.TryGetValue(revision, out story!);

    public void Set(string revision, Story story)
    {
        if (stories.TryAdd(revision, story))
        {
            order.Enqueue(revision);
        }
        else
        {
            stories[revision] = story;
        }

        while (stories.Count > Capacity && order.TryDequeue(out var oldest))
        {
            stories.TryRemove(oldest, out _);
        }
    }
}
