using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Negation cues and antonym pairs: data in one place (style.md §7), compiled by hand for news
/// copy, plus WordNet 3.0's direct antonyms of content words (antonyms.txt). A sentence whose negation differs from its support, or that uses a word whose antonym its
/// support uses instead, says the opposite of its source.
/// </summary>
internal static class Polarity
{
    /// <summary>Words that negate a clause, as token keys. Contractions ("didn't") are caught by their "n't" ending.</summary>
    public static readonly FrozenSet<string> NegationCues = FrozenSet.ToFrozenSet(
    [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere", "without",
        "denied", "deny", "denies", "denying", "refused", "refuse", "refuses", "refusing", "unable", "lack", "lacks",
        "lacked", "failed", "fails", "fail",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Antonym pairs, by surface form; irregular forms are listed as pairs of their own ("won"/"lost").
    /// Both sides are stemmed once at start-up, so "rises" and "fell" match "rise" and "fall".
    /// </summary>
    private static readonly (string, string)[] AntonymPairs =
    [
        ("rise", "fall"), ("rose", "fell"), ("risen", "fallen"), ("increase", "decrease"), ("increase", "decline"),
        ("increase", "drop"), ("increase", "fall"), ("increase", "cut"), ("increase", "reduce"), ("increase", "lower"),
        ("rise", "drop"), ("rise", "decline"), ("gain", "loss"), ("gain", "drop"), ("gain", "decline"),
        ("grow", "shrink"), ("growth", "decline"), ("growth", "contraction"), ("expand", "shrink"), ("expand", "contract"),
        ("surge", "plunge"), ("soar", "plunge"), ("jump", "slump"), ("raise", "lower"), ("raise", "cut"),
        ("boost", "cut"), ("higher", "lower"), ("high", "low"), ("highest", "lowest"), ("more", "less"),
        ("more", "fewer"), ("most", "least"), ("above", "below"), ("over", "under"), ("up", "down"),
        ("upward", "downward"), ("before", "after"), ("first", "last"), ("earlier", "later"), ("early", "late"),
        ("open", "close"), ("opened", "closed"), ("start", "end"), ("begin", "end"), ("buy", "sell"), ("bought", "sold"),
        ("profit", "loss"), ("strong", "weak"), ("stronger", "weaker"), ("strengthen", "weaken"), ("win", "lose"),
        ("won", "lost"), ("winner", "loser"), ("victory", "defeat"), ("approve", "reject"), ("approved", "rejected"),
        ("accept", "reject"), ("accept", "decline"), ("allow", "ban"), ("allow", "forbid"), ("allow", "prohibit"),
        ("permit", "ban"), ("legal", "illegal"), ("support", "oppose"), ("supporter", "opponent"), ("agree", "disagree"),
        ("succeed", "fail"), ("success", "failure"), ("successful", "unsuccessful"), ("positive", "negative"),
        ("guilty", "innocent"), ("convict", "acquit"), ("convicted", "acquitted"), ("arrest", "release"),
        ("arrested", "released"), ("confirm", "deny"), ("confirmed", "denied"), ("include", "exclude"),
        ("add", "remove"), ("hire", "fire"), ("hired", "fired"), ("enter", "exit"), ("import", "export"),
        ("maximum", "minimum"), ("majority", "minority"), ("large", "small"), ("larger", "smaller"),
        ("largest", "smallest"), ("big", "small"), ("bigger", "smaller"), ("biggest", "smallest"), ("best", "worst"),
        ("better", "worse"), ("good", "bad"), ("easy", "difficult"), ("easier", "harder"), ("possible", "impossible"),
        ("likely", "unlikely"), ("able", "unable"), ("true", "false"), ("north", "south"), ("east", "west"),
        ("northern", "southern"), ("eastern", "western"), ("inside", "outside"), ("full", "empty"), ("long", "short"),
        ("longer", "shorter"), ("old", "young"), ("older", "younger"), ("rich", "poor"), ("safe", "dangerous"),
        ("peace", "war"), ("ally", "enemy"), ("friend", "enemy"), ("love", "hate"), ("praise", "criticize"),
        ("praised", "criticized"), ("welcome", "condemn"), ("welcomed", "condemned"), ("attack", "defend"),
        ("optimistic", "pessimistic"), ("bullish", "bearish"), ("surplus", "deficit"), ("inflow", "outflow"),
        ("upgrade", "downgrade"), ("overestimate", "underestimate"), ("beat", "miss"), ("exceed", "miss"),
        ("increased", "decreased"), ("lift", "lower"), ("launch", "cancel"), ("continue", "stop"), ("resume", "halt"),
        ("present", "absent"), ("always", "never"), ("everyone", "nobody"), ("all", "none"), ("minor", "major"),
        ("simple", "complex"), ("cheap", "expensive"), ("cheaper", "expensive"), ("fast", "slow"), ("faster", "slower"),
        ("hot", "cold"), ("warm", "cold"), ("heavy", "light"), ("wet", "dry"), ("clear", "unclear"),
        ("public", "private"), ("domestic", "foreign"), ("internal", "external"), ("temporary", "permanent"),
        ("remote", "local"), ("offline", "online"), ("increasing", "decreasing"), ("improve", "worsen"),
        ("improvement", "deterioration"), ("outperform", "underperform"), ("ahead", "behind"), ("lead", "trail"),
        ("thrive", "struggle"), ("thriving", "struggling"), ("acquit", "charge"), ("acquitted", "charged"), ("acquitted", "arrested"),
        ("guilty", "acquitted"), ("save", "kill"), ("rescue", "sink"), ("survive", "die"), ("alive", "dead"), ("living", "dead"),
        ("birth", "death"), ("join", "leave"), ("joined", "left"), ("arrive", "depart"), ("give", "take"),
        ("push", "pull"), ("export", "import"), ("promote", "demote"), ("reward", "punish"),
        ("innocent", "guilty"), ("victim", "perpetrator"), ("benefit", "harm"), ("help", "hurt"), ("peaceful", "violent"),
        ("calm", "violent"), ("legal", "unlawful"), ("relief", "concern"), ("happy", "sad"), ("pleased", "disappointed"),
        ("ease", "tighten"), ("loosen", "tighten"), ("tighten", "relax"), ("widen", "narrow"), ("deepen", "ease"),
        ("accelerate", "slow"), ("speed", "slow"), ("maximise", "minimise"), ("overvalued", "undervalued"),
    ];

    /// <summary>
    /// WordNet's antonym pairs that are converses, not opposites: both are true of one event ("X
    /// lent Y money" is "Y borrowed money from X"), so one is no contradiction of the other. Matched
    /// by stem, so "borrower lender" goes with "borrow lend".
    /// </summary>
    private static readonly FrozenSet<string> Converses = FrozenSet.ToFrozenSet(
        ["borrow lend", "answer question", "child parent", "employee employer", "host parasite", "come go", "defend prosecute"], StringComparer.Ordinal);

    /// <summary>
    /// Opposed words that also serve as the particle of a phrasal verb ("came up with", "bring down
    /// the cost", "carry out"): the pair is a contradiction only where the two stand in the same
    /// place, beside the same word (<see cref="Aligned"/>; session 16).
    /// </summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(["up", "down", "in", "out", "on", "off", "over", "under"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> in <paramref name="sentence"/> and <paramref name="opposite"/> in
    /// one of <paramref name="window"/> share the token right before or right after them ("sales were
    /// up 5%" / "sales were down 5%"), so that one stands where the other did.
    /// </summary>
    public static bool Aligned(AnalyzedSentence sentence, string word, IEnumerable<AnalyzedSentence> window, string opposite)
    {
        var mine = sentence.Sequence;
        foreach (var other in window)
        {
            var theirs = other.Sequence;
            for (var i = 0; i < mine.Count; i++)
            {
                if (mine[i] != word)
                {
                    continue;
                }

                for (var j = 0; j < theirs.Count; j++)
                {
                    if (theirs[j] == opposite && ((i > 0 && j > 0 && mine[i - 1] == theirs[j - 1]) || (i + 1 < mine.Count && j + 1 < theirs.Count && mine[i + 1] == theirs[j + 1])))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Stem -> the stems of its antonyms.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Antonyms = BuildAntonyms();

    /// <summary>Prefixes that negate a word ("unlikely", "disagree", "illegal", "nonprofit").</summary>
    private static readonly string[] NegatingPrefixes = ["un", "in", "im", "il", "ir", "dis", "non"];

    /// <summary>Shortest rest of a word after a negating prefix for the pair to count ("unlikely" yes, "disclose" no).</summary>
    internal const int MinPrefixedStem = 5;

    /// <summary>Whether one stem is the other with a negating prefix ("unlike"/"like", "disagre"/"agre").</summary>
    public static bool IsPrefixNegation(string a, string b)
    {
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinPrefixedStem && Array.Exists(NegatingPrefixes, p => longer.Length == p.Length + shorter.Length
            && longer.StartsWith(p, StringComparison.Ordinal) && longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>
    /// A negation cue and the word after it that together negate nothing: "no matter how" is "whatever
    /// way"; a "no-confidence vote" (a "vote of no confidence") is a kind of vote, held and lost, not a vote
    /// that did not happen (session 17, QAGS XSum dev: "lost a vote of no confidence" against "in a
    /// no-confidence vote" read as a removed negation).
    /// </summary>
    private static readonly FrozenSet<string> Idioms = FrozenSet.ToFrozenSet(["no matter", "no confidence"], StringComparer.Ordinal);

    /// <summary>Whether the cue <paramref name="key"/> before <paramref name="next"/> is an idiom that negates nothing ("no matter their current insurance").</summary>
    public static bool IsIdiom(string key, string? next) => next is not null && Idioms.Contains(key + " " + next);

    public static bool IsNegation(Token token) =>
        token.Kind == TokenKind.Word && (NegationCues.Contains(token.Key) || token.Key.EndsWith("n't", StringComparison.Ordinal));

    /// <summary>
    /// WordNet 3.0's direct antonym pairs of single words (antonyms.txt, written by
    /// scripts/wordnet-antonyms from Debian's wordnet-base; licence in THIRD-PARTY-NOTICES.md), without <see cref="Converses"/>.
    /// </summary>
    private static IEnumerable<(string, string)> WordNetPairs()
    {
        using var stream = typeof(Polarity).Assembly.GetManifestResourceStream("Newsdesk.Verification.antonyms.txt")
            ?? throw new InvalidOperationException("the antonym list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var converses = Converses.Select(c => StemPair(c[..c.IndexOf(' ', StringComparison.Ordinal)], c[(c.IndexOf(' ', StringComparison.Ordinal) + 1)..])).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line.StartsWith('#') || space <= 0)
            {
                continue;
            }

            var (a, b) = (line[..space], line[(space + 1)..]);
            if (IsContentWord(a) && IsContentWord(b) && !converses.Contains(StemPair(a, b)))
            {
                pairs.Add((a, b));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Whether a word of a WordNet pair can be read as a content word: not a function word, nor
    /// stemmed into one ("fore" -> "for"). WordNet's all/some, on/off, here/there and aft/fore
    /// flagged 53 consistent summaries of SummEdits' calibration split against 75 inconsistent ones.
    /// </summary>
    /// <summary>Two words' stems in order, as one key: "borrower lender" is "borrow lend".</summary>
    private static string StemPair(string a, string b) =>
        string.CompareOrdinal(Lemmas.Stem(a), Lemmas.Stem(b)) < 0 ? $"{Lemmas.Stem(a)} {Lemmas.Stem(b)}" : $"{Lemmas.Stem(b)} {Lemmas.Stem(a)}";

    private static bool IsContentWord(string word) => !StopWords.Contains(word) && !StopWords.Contains(Lemmas.Stem(word));

    private static FrozenDictionary<string, FrozenSet<string>> BuildAntonyms()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in AntonymPairs.Concat(WordNetPairs()))
        {
            var sa = Lemmas.Stem(a);
            var sb = Lemmas.Stem(b);
            if (sa == sb)
            {
                continue;
            }

            Add(map, sa, sb);
            Add(map, sb, sa);
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string from, string to)
    {
        if (!map.TryGetValue(from, out var set))
        {
            map[from] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }
}
