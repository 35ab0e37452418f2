using Newsdesk.Text;

namespace Newsdesk.Writing.Evaluation;

/// <summary>ROUGE-N precision, recall and F1.</summary>
public sealed record RougeScore(double Precision, double Recall, double F1);

/// <summary>
/// ROUGE-N (Lin, 2004), our own implementation: lowercase alphanumeric tokens, Porter-stemmed
/// (words of more than three letters, as ROUGE-1.5.5's -m does), stop words kept; clipped n-gram
/// counts; F1 of precision and recall. Both systems of a comparison are scored by this code.
/// </summary>
public static class Rouge
{
    public static IReadOnlyList<string> Tokenise(string text) =>
        Tokenizer.Words(text).Select(w => w.Length > 3 ? PorterStemmer.Stem(w) : w).ToList();

    /// <summary>The first <paramref name="maxWords"/> tokens of a text: the common length budget of a comparison.</summary>
    public static IReadOnlyList<string> Truncate(IReadOnlyList<string> tokens, int maxWords) =>
        tokens.Count <= maxWords ? tokens : tokens.Take(maxWords).ToList();

    public static RougeScore Score(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var c = NGrams(candidate, n);
        var r = NGrams(reference, n);
        var overlap = 0;
        foreach (var (gram, count) in c)
        {
            overlap += Math.Min(count, r.GetValueOrDefault(gram));
        }

        var cTotal = c.Values.Sum();
        var rTotal = r.Values.Sum();
        var p = cTotal == 0 ? 0 : (double)overlap / cTotal;
        var rec = rTotal == 0 ? 0 : (double)overlap / rTotal;
        return new RougeScore(p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec));
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', Enumerable.Range(i, n).Select(j => tokens[j]));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }
}
