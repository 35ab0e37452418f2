namespace Newsdesk.Articles;

/// <summary>
/// Recognises syndicated copies (the same wire text on several outlets, lightly edited) with MinHash
/// signatures over word shingles and a banded LSH index. Bounded: it keeps the most recent
/// <see cref="Capacity"/> texts and forgets the oldest. Not thread-safe; one owner places articles.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Hash functions per signature (<see cref="Bands"/> x <see cref="RowsPerBand"/>).</summary>
    public const int SignatureSize = Bands * RowsPerBand;

    /// <summary>LSH bands and rows: with 16 x 4 a pair with Jaccard 0.6 becomes a candidate with probability 0.89, one with 0.2 with 0.025.</summary>
    public const int Bands = 16;
    public const int RowsPerBand = 4;

    /// <summary>Estimated shingle Jaccard similarity from which a text is a copy.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>Texts with fewer shingles than this (headlines, teasers) are never matched.</summary>
    public const int MinShingles = 20;

    private readonly Entry?[] entries;
    private readonly Dictionary<(int Band, ulong Key), List<int>> buckets = [];
    private readonly ulong[] seedsA = new ulong[SignatureSize];
    private readonly ulong[] seedsB = new ulong[SignatureSize];
    private int next;
    private long added;

    public NearDuplicateIndex(int capacity = 50_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        entries = new Entry?[capacity];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < SignatureSize; i++)
        {
            seedsA[i] = SimHash.Mix(state += 0x9E3779B97F4A7C15UL) | 1;
            seedsB[i] = SimHash.Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    public int Capacity { get; }

    public int Count => (int)Math.Min(added, Capacity);

    /// <summary>The id of the earliest kept text this text copies, or null.</summary>
    public string? FindOriginal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signature = Signature(text);
        return signature is null ? null : Find(signature)?.Id;
    }

    /// <summary>Adds a text under <paramref name="id"/>; returns the id of the original it copies, if any.</summary>
    public string? Add(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var signature = Signature(text);
        if (signature is null)
        {
            return null;
        }

        var original = Find(signature);
        var slot = next;
        next = (next + 1) % Capacity;
        if (entries[slot] is { } old)
        {
            ForEachBand(old.Signature, key => buckets.TryGetValue(key, out var list) && list.Remove(slot) && list.Count == 0 && buckets.Remove(key));
        }

        entries[slot] = new Entry(id, signature, added++);
        ForEachBand(signature, key =>
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            list.Add(slot);
            return true;
        });
        return original?.Id;
    }

    private Entry? Find(uint[] signature)
    {
        Entry? best = null;
        var seen = new HashSet<int>();
        ForEachBand(signature, key =>
        {
            if (buckets.TryGetValue(key, out var list))
            {
                foreach (var slot in list)
                {
                    if (seen.Add(slot) && entries[slot] is { } candidate && Similarity(signature, candidate.Signature) >= MinSimilarity
                        && (best is null || candidate.Order < best.Order))
                    {
                        best = candidate;
                    }
                }
            }

            return true;
        });
        return best;
    }

    /// <summary>The share of equal signature positions: an estimate of the shingle sets' Jaccard similarity.</summary>
    internal static double Similarity(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    internal uint[]? Signature(string text)
    {
        var shingles = TextShingles.Of(text);
        if (shingles.Count < MinShingles)
        {
            return null;
        }

        var signature = new uint[SignatureSize];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < SignatureSize; i++)
            {
                var h = (uint)((seedsA[i] * shingle + seedsB[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    private static void ForEachBand(uint[] signature, Func<(int, ulong), bool> action)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = 14695981039346656037UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = (key ^ signature[(band * RowsPerBand) + row]) * 1099511628211UL;
            }

            action((band, key));
        }
    }

    private sealed record Entry(string Id, uint[] Signature, long Order);
}
