using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Two numbers or two names of a sentence that stand in each other's places against the support
/// window ("up 16% from $29,858 ... an increase of 4.5%" for "up 4.5% from $29,858 ... an increase
/// of 16%"; "Houston flew into Monica Conyers" for "Monica Conyers flew into Houston"). Each item
/// is read with the words around it (<see cref="ContextTokens"/> on each side); an exchange is when
/// each of the two items stands in the window's place of the other: its words agree better with
/// where the window has the other item than with anywhere the window has it, in at least
/// <see cref="MinSharedContext"/> places. A sentence copied from its window can never be flagged
/// (each item's own place there agrees in full); a paraphrase seldom is (its words around the items
/// differ from the window's on both sides). Two items joined only by "and"/"or" are a list whose
/// order says nothing ("Iran and Pakistan"), and are left alone; a day and its year are not a list.
/// </summary>
internal static class Exchanges
{
    /// <summary>Words read on each side of an item.</summary>
    public const int ContextTokens = 2;

    /// <summary>
    /// Places (of the 2 x <see cref="ContextTokens"/> around an item) where the sentence must agree
    /// with the window's place of the other item. One is chance ("the", a sentence start); two is a
    /// shared phrase.
    /// </summary>
    public const int MinSharedContext = 3;

    /// <summary>The same for names (see <see cref="MinSharedContext"/>).</summary>
    public const int MinSharedNameContext = 3;

    /// <summary>What stands outside the sentence, so that two sentence starts agree.</summary>
    private const string Edge = "\u0002";

    /// <summary>What the other item of a pair is read as, so that "Iran struck Pakistan" agrees with "Pakistan struck Iran" around each name.</summary>
    private const string Other = "\u0003";

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "or", "nor", "&" };

    /// <summary>
    /// Words that open a noun phrase and so travel with a name when two are exchanged ("Some
    /// Republicans had stood by Nixon" becoming "Nixon had stood by Some Republicans"; "The Wayne
    /// County prosecutor"; "Run for Your Wife"): skipped when reading the words before an item, in
    /// the sentence and in the window alike, so the place an item stands in is read from the words
    /// before its phrase.
    /// </summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "some", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my",
    };

    /// <summary>An item: its key (a number's value, a name's last word) and the tokens it spans.</summary>
    private readonly record struct Item(string Key, int Start, int End);

    /// <summary>The exchanged pair ("16/4.5", "houston/conyers") and whether it is of numbers, or null.</summary>
    public static (string Pair, bool Numbers)? Find(AnalyzedSentence sentence, IReadOnlyList<AnalyzedSentence> window)
    {
        if (window.Count == 0)
        {
            return null;
        }

        if (Find(sentence, NumberItems(sentence), window, NumberItems, MinSharedContext) is { } numbers)
        {
            return (numbers, true);
        }

        if (sentence.TitleCase)
        {
            return null;
        }

        // A first word is a name when the window or the sentence writes it as one elsewhere ("Houston
        // flew into ..."; "Iran struck Pakistan" read against "Pakistan struck Iran"), in the sentence
        // and in each window sentence alike.
        var names = window.SelectMany(w => w.Names).Concat(sentence.Names).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        List<Item> ItemsOf(AnalyzedSentence s) => WithFirstWord(s, NameItems(s), names);
        return Find(sentence, ItemsOf(sentence), window, ItemsOf, MinSharedNameContext) is { } exchanged ? (exchanged, false) : null;
    }

    /// <summary>The items with the sentence's first word put first when it is one of <paramref name="names"/> and not already an item.</summary>
    private static List<Item> WithFirstWord(AnalyzedSentence sentence, List<Item> items, HashSet<string> names)
    {
        var first = sentence.Sequence.Count > 1 ? sentence.Sequence[0] : null;
        if (first is not null && (items.Count == 0 || items[0].Start > 0) && !StopWords.Contains(first) && names.Contains(first))
        {
            items.Insert(0, new Item(first, 0, 0));
        }

        return items;
    }

    private static string? Find(AnalyzedSentence sentence, List<Item> items, IReadOnlyList<AnalyzedSentence> window, Func<AnalyzedSentence, List<Item>> itemsOf, int minShared)
    {
        if (items.Count < 2)
        {
            return null;
        }

        var theirs = window.Select(w => (Sentence: w, Items: itemsOf(w))).Where(w => w.Items.Count > 0).Select(w => (w.Sentence, w.Items, Keys: Roles.RunKeys(w.Sentence))).ToList();
        var ownKeys = Roles.RunKeys(sentence);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (a.Key == b.Key || Listed(sentence, a, b))
                {
                    continue;
                }

                var aContext = Context(sentence.Sequence, ownKeys, a, b.Key);
                var bContext = Context(sentence.Sequence, ownKeys, b, a.Key);
                var aOwn = Best(aContext, theirs, a.Key, b.Key);
                var bOwn = Best(bContext, theirs, b.Key, a.Key);
                if (aOwn < 0 || bOwn < 0)
                {
                    continue;   // one of them is not in the window: the number and name checks judge it
                }

                var aCross = Best(aContext, theirs, b.Key, a.Key);
                var bCross = Best(bContext, theirs, a.Key, b.Key);
                if (aCross >= minShared && bCross >= minShared && aCross > aOwn && bCross > bOwn)
                {
                    return $"{a.Key}/{b.Key}";
                }
            }
        }

        return null;
    }

    /// <summary>Whether only list words stand between the two items ("12 and 40", "Iran and Pakistan").</summary>
    private static bool Listed(AnalyzedSentence sentence, Item a, Item b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var between = sentence.Sequence.Skip(first.End + 1).Take(second.Start - first.End - 1).ToList();
        // A day beside its year ("May 30, 2016") is one date, not a list: its order matters.
        var dayAndYear = DateMentions.IsYearKey(a.Key) != DateMentions.IsYearKey(b.Key);
        return !dayAndYear && between.TrueForAll(Joiners.Contains);
    }

    /// <summary>The most places where <paramref name="context"/> agrees with an occurrence of <paramref name="key"/> in the window; -1 when it has none.</summary>
    private static int Best(string[] context, List<(AnalyzedSentence Sentence, List<Item> Items, string?[] Keys)> window, string key, string otherKey)
    {
        var best = -1;
        foreach (var (sentence, items, keys) in window)
        {
            foreach (var item in items)
            {
                if (item.Key == key)
                {
                    best = Math.Max(best, Agreement(context, Context(sentence.Sequence, keys, item, otherKey)));
                }
            }
        }

        return best;
    }

    private static int Agreement(string[] a, string[] b)
    {
        var n = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] == b[k])
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// The keys of the <see cref="ContextTokens"/> tokens before (past the <see cref="Determiners"/>
    /// opening its phrase) and after an item, the other item's key read as <see cref="Other"/>. A
    /// word of a name run is read as the run's key, so "without New York" reads "without" and the
    /// other item when the other item is New York.
    /// </summary>
    private static string[] Context(IReadOnlyList<string> sequence, string?[] runKeys, Item item, string otherKey)
    {
        var context = new string[2 * ContextTokens];
        var before = item.Start - 1;
        while (before >= 0 && Determiners.Contains(sequence[before]))
        {
            before--;
        }

        for (var k = 0; k < ContextTokens; k++)
        {
            context[k] = At(sequence, runKeys, before - k, otherKey);
            context[ContextTokens + k] = At(sequence, runKeys, item.End + 1 + k, otherKey);
        }

        return context;
    }

    private static string At(IReadOnlyList<string> sequence, string?[] runKeys, int index, string otherKey)
    {
        if (index < 0 || index >= sequence.Count)
        {
            return Edge;
        }

        var key = runKeys[index] ?? sequence[index];
        return key == otherKey ? Other : key;
    }

    private static List<Item> NumberItems(AnalyzedSentence sentence) =>
        sentence.Slots.Select(s => new Item(s.Key, s.Index, s.Index)).ToList();

    /// <summary>Name runs (adjacent name tokens), each known by its last word, as <see cref="Roles"/> reads them.</summary>
    private static List<Item> NameItems(AnalyzedSentence sentence)
    {
        var items = new List<Item>();
        foreach (var (start, end) in Roles.Runs(sentence, everyOccurrence: true))
        {
            items.Add(new Item(sentence.Sequence[end], start, end));
        }

        return items;
    }
}
