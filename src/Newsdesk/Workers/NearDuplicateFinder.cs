namespace Newsdesk.Workers;

/// <summary>
/// Finds the earlier copy of a lightly edited text: texts are fingerprinted as hashed word
/// shingles, sampled by hash (so a copy and its original keep the same sample), and indexed; a
/// text whose sample mostly reappears in one earlier text is a copy of it. Bounded: the oldest
/// texts are forgotten past <c>capacity</c>.
/// </summary>
internal sealed class NearDuplicateFinder(int capacity)
{
    /// <summary>Words per shingle: long enough that two independent reports rarely share one.</summary>
    public const int ShingleWords = 5;

    /// <summary>Keep one shingle in this many (by hash), which bounds memory without losing agreement.</summary>
    public const int SampleModulus = 4;

    /// <summary>Fewer sampled shingles than this and a text is too short to call a copy.</summary>
    public const int MinSample = 8;

    /// <summary>Share of the smaller sample found in the other text that makes a copy (a trimmed line or new headline stays above it).</summary>
    public const double CopyContainment = 0.6;

    private readonly Dictionary<ulong, List<long>> _postings = [];
    private readonly Queue<(long Id, ulong[] Sample)> _order = new();
    private readonly Dictionary<long, int> _sizes = [];

    public long? FindOriginal(string text)
    {
        var sample = Sample(text);
        if (sample.Length < MinSample)
        {
            return null;
        }

        var shared = new Dictionary<long, int>();
        foreach (var hash in sample)
        {
            if (_postings.TryGetValue(hash, out var ids))
            {
                foreach (var id in ids)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        long? best = null;
        var bestScore = 0.0;
        foreach (var (id, count) in shared)
        {
            var score = count / (double)Math.Min(sample.Length, _sizes[id]);
            if (score >= CopyContainment && (score > bestScore || (score == bestScore && id < best)))
            {
                (best, bestScore) = (id, score);
            }
        }

        return best;
    }

    public void Add(long id, string text)
    {
        var sample = Sample(text);
        if (sample.Length < MinSample || _sizes.ContainsKey(id))
        {
            return;
        }

        foreach (var hash in sample)
        {
            if (!_postings.TryGetValue(hash, out var ids))
            {
                _postings[hash] = ids = [];
            }

            ids.Add(id);
        }

        _sizes[id] = sample.Length;
        _order.Enqueue((id, sample));
        while (_order.Count > capacity)
        {
            var (old, oldSample) = _order.Dequeue();
            _sizes.Remove(old);
            foreach (var hash in oldSample)
            {
                if (_postings.TryGetValue(hash, out var ids) && ids.Remove(old) && ids.Count == 0)
                {
                    _postings.Remove(hash);
                }
            }
        }
    }

    /// <summary>The distinct sampled shingle hashes of a text (lower-cased letters and digits only).</summary>
    internal static ulong[] Sample(string text)
    {
        var words = new List<ulong>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Hash(text.AsSpan(start, i - start)));
                start = -1;
            }
        }

        var sample = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 1469598103934665603UL;
            for (var j = 0; j < ShingleWords; j++)
            {
                h = (h ^ words[i + j]) * 1099511628211UL;
            }

            if (h % SampleModulus == 0)
            {
                sample.Add(h);
            }
        }

        return [.. sample];
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return h;
    }
}
