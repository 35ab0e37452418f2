using System.Collections.Concurrent;

namespace Newsdesk.Text;

/// <summary>
/// Remembers what a pure function of a text made of it, so that a sentence read again (a story
/// rewritten as it grows re-reads the same articles every time) is not analysed again. Bounded:
/// two generations of at most <see cref="Capacity"/> entries each; when the young generation is
/// full it becomes the old one and the old one is dropped, so texts in use stay (a hit in the old
/// generation is carried over) and memory never holds more than twice the capacity. Thread-safe;
/// two threads reading the same new text may both compute it (the function is pure).
/// </summary>
public sealed class TextMemo<T>(int capacity, Func<string, T> compute)
{
    private readonly Lock gate = new();
    private ConcurrentDictionary<string, T> young = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T> old = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>Entries held now (both generations; at most twice <see cref="Capacity"/>).</summary>
    public int Count => young.Count + old.Count;

    public T Get(string text)
    {
        var current = young;
        if (current.TryGetValue(text, out var value))
        {
            return value;
        }

        if (!old.TryGetValue(text, out value!))
        {
            value = compute(text);
        }

        current[text] = value;
        if (current.Count >= Capacity)
        {
            lock (gate)
            {
                if (ReferenceEquals(current, young))
                {
                    old = young;
                    young = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
                }
            }
        }

        return value;
    }
}
