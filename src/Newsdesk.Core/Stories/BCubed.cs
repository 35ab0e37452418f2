namespace Newsdesk.Stories;

/// <summary>B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998).</summary>
public readonly record struct BCubedScore(double Precision, double Recall, double F1, int Items);

/// <summary>Scores a clustering item by item: precision is the share of an item's cluster that shares its gold label, recall the share of its gold label that shares its cluster.</summary>
public static class BCubed
{
    public static BCubedScore Score(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException("predicted and gold labels differ in length", nameof(predicted));
        }

        if (predicted.Count == 0)
        {
            return new BCubedScore(1, 1, 1, 0);
        }

        var cluster = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var both = new Dictionary<(string, string), int>();
        for (var i = 0; i < predicted.Count; i++)
        {
            cluster[predicted[i]] = cluster.GetValueOrDefault(predicted[i]) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
            both[(predicted[i], gold[i])] = both.GetValueOrDefault((predicted[i], gold[i])) + 1;
        }

        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var shared = both[(predicted[i], gold[i])];
            precision += (double)shared / cluster[predicted[i]];
            recall += (double)shared / goldSize[gold[i]];
        }

        precision /= predicted.Count;
        recall /= predicted.Count;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new BCubedScore(precision, recall, f1, predicted.Count);
    }
}
