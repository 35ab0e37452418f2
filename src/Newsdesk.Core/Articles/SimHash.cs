using System.Numerics;

namespace Newsdesk.Articles;

/// <summary>
/// Charikar's SimHash: a 64-bit fingerprint of a text's word shingles whose Hamming distance tracks
/// how much two texts differ. Cheap to store; used beside MinHash to confirm a near-duplicate.
/// </summary>
public static class SimHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> votes = stackalloc int[64];
        foreach (var shingle in TextShingles.Of(text))
        {
            var h = Mix(shingle);
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>SplitMix64 finaliser: spreads the shingle hash over all 64 bits.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
