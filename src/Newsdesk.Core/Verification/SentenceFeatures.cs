using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// What the checker measured for one sentence against its cited sources: the inputs of the
/// calibrated score (<see cref="Calibration"/>) and the reasons shown to a reader.
/// </summary>
internal sealed record SentenceFeatures(
    double WindowCoverage,
    double SourceCoverage,
    int MissingNames,
    int NamesOutsideWindow,
    int MissingNumbers,
    int MissingDates,
    int MissingQuotes,
    bool NegationDiffers,
    bool AntonymSwapped,
    int MissingClosedClass,
    int NovelVerbs,
    int NovelOthers,
    IReadOnlyList<string> Reasons)
{
    /// <summary>Whether a hard check failed: a name, number, date or quote absent from the sources, a flipped negation or a swapped antonym.</summary>
    public bool HardFailure =>
        WindowCoverage < Calibration.LowOverlap || MissingNames > 0 || MissingClosedClass > 0 || MissingNumbers > 0 || MissingDates > 0 || MissingQuotes > 0 || NegationDiffers || AntonymSwapped
        || Misattributed > 0 || RolesSwapped;

    /// <summary>How many hard checks failed (low overlap aside: coverage is a feature of its own).</summary>
    public int FailedChecks =>
        MissingNames + MissingClosedClass + MissingNumbers + MissingDates + MissingQuotes + (NegationDiffers ? 1 : 0) + (AntonymSwapped ? 1 : 0) + Misattributed + (RolesSwapped ? 1 : 0);

    /// <summary>Named speakers the support does not give the statement to (<see cref="Attribution"/>), and words the sources give to another name (<see cref="NameSwaps"/>).</summary>
    public int Misattributed { get; init; }

    /// <summary>Whether the subject and object of a verb are exchanged against the support (<see cref="Roles"/>).</summary>
    public bool RolesSwapped { get; init; }
}

/// <summary>Measures a sentence against its cited sources and their best support window.</summary>
internal static class FeatureExtractor
{
    public static SentenceFeatures Measure(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, SupportWindow? window, PreparedSources sources)
    {
        var reasons = new List<string>();
        var windowSentences = window?.Sentences.ToList() ?? [];
        var windowKeys = Union(windowSentences, s => s.Keys);
        var windowStems = Union(windowSentences, s => s.AllStems);

        var missingNames = 0;
        var outside = 0;
        var windowNames = Union(windowSentences, s => s.NameKeys);
        foreach (var name in NameKeys(sentence).Where(n => !sources.CommonNouns.Contains(n.Key)))
        {
            if (NameMatching.Found(name.Key, k => HasName(k, windowKeys, windowNames), windowKeys))
            {
                continue;
            }

            if (cited.Any(a => NameMatching.Found(name.Key, k => HasName(k, a.Keys, a.NameKeys) || (!k.Contains(' ') && a.ContentStems.Contains(AnalyzedSentence.StemIn(k, sources.Language))), a.Keys)))
            {
                outside++;
            }
            else
            {
                missingNames++;
                reasons.Add($"name not in sources: {name.Text}");
            }
        }

        if (OpeningName(sentence, cited, sources) is { } opening)
        {
            missingNames++;
            reasons.Add($"name not in sources: {opening}");
        }

        foreach (var word in UnknownWords(sentence, cited, sources))
        {
            missingNames++;
            reasons.Add($"name not in sources: {word} (no common word)");
        }

        foreach (var (_, text) in MixedNames(sentence, cited))
        {
            missingNames++;
            reasons.Add($"name not in sources: {text}");
        }

        var misattributed = window is null ? [] : Attribution.Unsupported(sentence, window);
        foreach (var speaker in misattributed)
        {
            reasons.Add($"speaker not in support: {speaker}");
        }

        var swappedName = NameSwaps.Find(sentence, cited, sources);
        if (swappedName is not null)
        {
            reasons.Add($"words given to another name: {swappedName}");
        }

        var missingNumbers = 0;
        foreach (var quantity in sentence.Quantities)
        {
            // A number that is part of a name ("COVID-19") is checked only where the sources number that
            // name too: "COVID-19" is "COVID", but "SARS-CoV-4" is not "SARS-CoV-2".
            if (quantity.Label is { } label && cited.Any(a => a.Keys.Contains(label)) && !cited.Any(a => a.Quantities.Any(q => q.Label == label)))
            {
                continue;
            }

            var inWindow = windowSentences.SelectMany(s => s.Quantities.Where(quantity.IsSupportedBy).Select(q => (s, q))).ToList();
            var found = inWindow.Count > 0
                ? inWindow
                : cited.SelectMany(a => a.Sentences)
                    .Where(s => quantity.SharesContextWith(s.ContentStems) || RangeContext(sentence, quantity).Any(s.ContentStems.Contains) || SameRange(sentence, quantity, s))
                    .SelectMany(s => s.Quantities.Where(q => quantity.IsSupportedBy(q) && CountsAlike(quantity, q, s)).Select(q => (s, q)))
                    .ToList();
            if (found.Count == 0 && CountsNamedPersons(quantity, cited))
            {
                continue;   // "two people" where a cited sentence names two persons joined by "and"
            }

            if (found.Count == 0)
            {
                missingNumbers++;
                reasons.Add($"number not in sources: {quantity.Surface}");
            }
            else if (found.TrueForAll(f => Binding.Conflicts(quantity, sentence, f.q, f.s, cited.SelectMany(a => a.Sentences))))
            {
                missingNumbers++;
                reasons.Add($"number bound differently: {quantity.Surface} ({Binding.Describe(found[0].q)} in the sources)");
            }
        }

        var missingDates = 0;
        var windowDates = windowSentences.SelectMany(s => s.Dates).ToHashSet(StringComparer.Ordinal);
        foreach (var date in sentence.Dates.Distinct(StringComparer.Ordinal))
        {
            if (!cited.Any(a => a.Dates.Contains(date)))
            {
                if (DateMentions.IsWeekdayKey(date) && window is not null && Weekdays.Dated(date, windowSentences, window.Article.Published))
                {
                    continue;   // the window dates the day, and it falls on this weekday
                }

                missingDates++;
                reasons.Add($"date not in sources: {date}");
            }
            else if (!windowDates.Contains(date) && windowDates.FirstOrDefault(d => DateMentions.SameKind(d, date)) is { } other)
            {
                // The support window dates the statement otherwise ("Sunday" where it says "Saturday").
                missingDates++;
                reasons.Add($"date differs: {date} (the support says {other})");
            }
            else if (window is not null && window.Count > 1 && !window.Best.Dates.Contains(date)
                     && window.Best.Dates.FirstOrDefault(d => DateMentions.SameKind(d, date)) is { } dated && Restates(window.Best, sentence))
            {
                // The window's sentence that states this one dates it otherwise; the weekday the
                // sentence gives belongs to a neighbouring sentence ("died on Tuesday" from "died on
                // Monday. On Tuesday, ...").
                missingDates++;
                reasons.Add($"date differs: {date} (the support says {dated})");
            }
        }

        if (Weekdays.Contradicted(sentence, window) is { } weekday)
        {
            missingDates++;
            reasons.Add($"date differs: {weekday}");
        }

        foreach (var year in sentence.Slots.Where(s => DateMentions.IsYearKey(s.Key)))
        {
            var occurrences = windowSentences.SelectMany(w => w.Slots.Where(o => o.Key == year.Key).Select(o => (w, o))).ToList();
            if (occurrences.Count > 0 && occurrences.TrueForAll(x => Binding.Exchanged(year, sentence, x.o, x.w, cited.SelectMany(a => a.Sentences))))
            {
                missingDates++;
                reasons.Add($"date bound differently: {year.Key}");
            }
        }

        var missingQuotes = 0;
        foreach (var quotation in sentence.Quotations)
        {
            if (!cited.Any(a => a.QuoteText.Contains(quotation, StringComparison.Ordinal)))
            {
                missingQuotes++;
            }
        }

        if (missingQuotes > 0)
        {
            reasons.Add("quote not found");
        }

        var coverage = window?.Coverage ?? 0;
        var negation = NegationFlipped(sentence, windowSentences, coverage, cited) ?? NegationPlacement.Differs(sentence, windowSentences);
        var negationDiffers = negation is not null;
        if (negation is not null)
        {
            reasons.Add("negation differs: " + negation);
        }

        string? swapped = null;
        foreach (var stem in sentence.AllStems.Order(StringComparer.Ordinal))
        {
            if (windowStems.Contains(stem) || !Polarity.Antonyms.TryGetValue(stem, out var opposites))
            {
                continue;
            }

            swapped = opposites.FirstOrDefault(o => windowStems.Contains(o) && (!Polarity.Particles.Contains(stem) || Polarity.Aligned(sentence, stem, windowSentences, o)));
            if (swapped is not null)
            {
                reasons.Add($"antonym: {stem} vs {swapped}");
                break;
            }
        }

        if (swapped is null)
        {
            foreach (var stem in sentence.ContentStems)
            {
                if (windowStems.Contains(stem))
                {
                    continue;
                }

                swapped = windowStems.FirstOrDefault(w => Polarity.IsPrefixNegation(stem, w));
                if (swapped is not null)
                {
                    reasons.Add($"antonym: {stem} vs {swapped}");
                    break;
                }
            }
        }

        if (swapped is null && Sentiment.Swapped(sentence, windowSentences, windowStems) is { } judged)
        {
            swapped = judged.Window;
            reasons.Add($"judgement: {judged.Sentence} vs {judged.Window}");
        }

        var substituted = ClosedClasses.Substituted(sentence, windowStems, stem => cited.Any(a => a.ContentStems.Contains(stem)))
            .Concat(ClosedClasses.AddedModifiers(sentence, windowStems))
            .Concat(Restrictions.Added(sentence, cited) is { } restriction ? [restriction] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var stem in substituted)
        {
            reasons.Add($"word not in sources: {stem}");
        }

        if (SiblingSwap(sentence, windowSentences, windowStems, sources) is { } sibling)
        {
            substituted.Add(sibling.Word);
            reasons.Add($"word differs: {sibling.Word} (the support: {sibling.Support})");
        }

        if (KillingForDeath(sentence, windowSentences, windowStems, cited, sources) is { } killing)
        {
            substituted.Add(killing.Word);
            reasons.Add($"word not in support: {killing.Word} (the support: {killing.Support})");
        }

        var rolesSwapped = Roles.Swapped(sentence, windowSentences);
        if (rolesSwapped is not null)
        {
            reasons.Add($"roles swapped: {rolesSwapped}");
        }
        else if (Exchanges.Find(sentence, windowSentences) is { } exchanged)
        {
            // Two numbers or two names standing in each other's places in the window.
            if (exchanged.Numbers)
            {
                missingNumbers++;
                reasons.Add($"numbers exchanged: {exchanged.Pair}");
            }
            else
            {
                rolesSwapped = exchanged.Pair;
                reasons.Add($"names exchanged: {exchanged.Pair}");
            }
        }
        else if (Ranges.Reversed(sentence, windowSentences) is { } reversed)
        {
            missingNumbers++;
            reasons.Add($"numbers exchanged: {reversed} (a range the support writes the other way round)");
        }

        var sourceCoverage = WeightedShare(sentence, cited, sources);
        var novel = sentence.ContentWords.Where(w => !w.Capitalized && !cited.Any(a => a.ContentStems.Contains(w.Stem))).ToList();
        var novelVerbs = novel.Count(w => w.VerbLike);
        if (coverage < Calibration.LowOverlap)
        {
            reasons.Add($"low overlap {coverage:0.00}");
        }

        return new SentenceFeatures(coverage, sourceCoverage, missingNames, outside, missingNumbers, missingDates, missingQuotes, negationDiffers, swapped is not null, substituted.Count, novelVerbs, novel.Count - novelVerbs, reasons)
        {
            Misattributed = misattributed.Count + (swappedName is null ? 0 : 1),
            RolesSwapped = rolesSwapped is not null,
        };
    }

    /// <summary>
    /// A lowercase word of the sentence put in the place of another of its small class
    /// (<see cref="CommonWords.Siblings"/>): the window lacks it, and has, beside the same
    /// neighbouring content word (the one before or the one after), a sibling the sentence lacks:
    /// "guilty to *murder*" where the window says "guilty to manslaughter", "low *single*-digits" where
    /// it says "low double-digits". Without the shared neighbour it flagged as many consistent
    /// summaries as inconsistent ones ("agent" for "individual", "woman" for "host"; session 12).
    /// Number words are left to the number checks. English only, and only with WordNet installed.
    /// </summary>
    private static (string Word, string Support)? SiblingSwap(AnalyzedSentence sentence, List<AnalyzedSentence> window, IReadOnlySet<string> windowStems, PreparedSources sources)
    {
        if (sources.CommonWords is not { } common || (sources.Language is not null && sources.Language != Languages.Default) || window.Count == 0)
        {
            return null;
        }

        List<(string Key, string? Before, string? After)>? supportWords = null;
        for (var i = 0; i < sentence.ContentWords.Count; i++)
        {
            var word = sentence.ContentWords[i];
            if (word.Capitalized || windowStems.Contains(word.Stem) || NumberWords.Cardinals.ContainsKey(word.Key))
            {
                continue;
            }

            supportWords ??= AlignableWords(sentence, window);
            var before = i > 0 ? sentence.ContentWords[i - 1].Stem : null;
            var after = i + 1 < sentence.ContentWords.Count ? sentence.ContentWords[i + 1].Stem : null;
            foreach (var (key, b, a) in supportWords)
            {
                if (((before is not null && before == b) || (after is not null && after == a)) && common.Siblings(word.Key, key))
                {
                    return (word.Key, key);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A word for a way of killing, a crime or a punishment ("was murdered", "executed",
    /// "assassination"; <see cref="CommonWords.NamesAKilling"/>) where the window says only that
    /// someone died or was killed ("died", "was killed", "death") beside the same content word before
    /// or after it, and no cited source writes the word: the sentence claims how, or that it was a
    /// crime, which the support does not say ("died" -> "was murdered", "killed" -> "executed").
    /// English only, and only with WordNet.
    /// </summary>
    private static (string Word, string Support)? KillingForDeath(AnalyzedSentence sentence, List<AnalyzedSentence> window, IReadOnlySet<string> windowStems, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        if (sources.CommonWords is not { } common || (sources.Language is not null && sources.Language != Languages.Default) || window.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < sentence.ContentWords.Count; i++)
        {
            var word = sentence.ContentWords[i];
            if (word.Capitalized || windowStems.Contains(word.Stem) || !common.NamesAKilling(word.Key)
                || cited.Any(a => a.ContentStems.Contains(word.Stem) || a.Sentences.Any(s => s.ContentWords.Any(w => common.SameLemma(w.Key, word.Key)))))
            {
                continue;   // the sources write it ("murdered" where a source has "a murder inquiry")
            }

            // The death must stand where the sentence's word does: beside the same content word before
            // or after it ("a man died after a fight" / "a man was murdered after a fight").
            var before = i > 0 ? sentence.ContentWords[i - 1].Stem : null;
            var after = i + 1 < sentence.ContentWords.Count ? sentence.ContentWords[i + 1].Stem : null;
            foreach (var source in window)
            {
                for (var k = 0; k < source.ContentWords.Count; k++)
                {
                    var death = source.ContentWords[k];
                    if (!death.Capitalized && common.NamesADeath(death.Key)
                        && ((before is not null && k > 0 && source.ContentWords[k - 1].Stem == before)
                            || (after is not null && k + 1 < source.ContentWords.Count && source.ContentWords[k + 1].Stem == after)))
                    {
                        return (word.Key, death.Key);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The window's lowercase content words the sentence lacks (number words aside), each with the stems of its neighbouring content words.</summary>
    private static List<(string Key, string? Before, string? After)> AlignableWords(AnalyzedSentence sentence, List<AnalyzedSentence> window)
    {
        var words = new List<(string Key, string? Before, string? After)>();
        foreach (var w in window)
        {
            for (var i = 0; i < w.ContentWords.Count; i++)
            {
                var c = w.ContentWords[i];
                if (!c.Capitalized && !sentence.AllStems.Contains(c.Stem) && !NumberWords.Cardinals.ContainsKey(c.Key))
                {
                    words.Add((c.Key, i > 0 ? w.ContentWords[i - 1].Stem : null, i + 1 < w.ContentWords.Count ? w.ContentWords[i + 1].Stem : null));
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The neighbouring words of the other end of the range <paramref name="quantity"/> opens or
    /// closes ("between 2,400 and 2,600 units", "$1.30 to $1.40 per share"): the two ends measure one
    /// thing, so "units" is the 2,400's word too. Empty when the number is in no range.
    /// </summary>
    private static IEnumerable<string> RangeContext(AnalyzedSentence sentence, Quantity quantity) =>
        RangePartners(sentence, quantity).SelectMany(q => q.Context);

    /// <summary>The other number of a range the quantity ends or opens ("$1.30 to $1.40", "between 4 and 7"), if any.</summary>
    private static IEnumerable<Quantity> RangePartners(AnalyzedSentence sentence, Quantity quantity) =>
        sentence.Quantities.Where(q => !ReferenceEquals(q, quantity) && Math.Abs(q.Start - quantity.Start) is >= 2 and <= 3
                                       && sentence.Sequence[Math.Max(q.Start, quantity.Start) - 1] is "to" or "and");

    /// <summary>
    /// Whether a cited sentence states the same range, in the same order, as the one the quantity is
    /// part of ("in the range of $1.30 to $1.40" for "predicted to be $1.30 to $1.40"): a pair of values
    /// is the sentence's own even where no word beside them is shared (session 16).
    /// </summary>
    private static bool SameRange(AnalyzedSentence sentence, Quantity quantity, AnalyzedSentence source)
    {
        foreach (var partner in RangePartners(sentence, quantity))
        {
            foreach (var mine in source.Quantities.Where(quantity.IsSupportedBy))
            {
                if (RangePartners(source, mine).Any(other => partner.IsSupportedBy(other) && (other.Start < mine.Start) == (partner.Start < quantity.Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Share of a sentence's content stems one source sentence must hold to be taken as the sentence's own statement.</summary>
    internal const double RestatesShare = 0.8;

    /// <summary>Whether the source sentence holds <see cref="RestatesShare"/> of the sentence's content stems.</summary>
    private static bool Restates(AnalyzedSentence source, AnalyzedSentence sentence) =>
        sentence.ContentStems.Count > 0 && sentence.ContentStems.Count(source.ContentStems.Contains) >= RestatesShare * sentence.ContentStems.Count;

    /// <summary>
    /// Whether a number found outside the window may be the sentence's: it counts the same thing,
    /// or, when the sentence's counts something and the source's nothing, the two share a
    /// neighbouring word ("3 meter" is not the "3" of "a 3D scanning technique").
    /// </summary>
    private static bool CountsAlike(Quantity quantity, Quantity source, AnalyzedSentence sourceSentence) =>
        quantity.CountsSameAs(source)
        && (quantity.Counted is null || source.Counted is not null || quantity.Context.Any(source.Context.Contains) || CountedInClause(quantity.Counted, source, sourceSentence));

    /// <summary>Tokens before a source number searched for the word it is stated of ("The deductible amount is $1,500").</summary>
    internal const int ClauseReach = 5;

    /// <summary>
    /// Whether the word the sentence's number counts stands within <see cref="ClauseReach"/> tokens
    /// before the source number, in its clause (no clause mark between): the source states the
    /// number of it ("a $1,500 deductible" from "The deductible amount is $1,500"; session 13, five
    /// consistent summaries of the calibration split were refused for it).
    /// </summary>
    private static bool CountedInClause(string counted, Quantity source, AnalyzedSentence sourceSentence)
    {
        for (var k = source.Start - 1; k >= 0 && k >= source.Start - ClauseReach && k < sourceSentence.Sequence.Count; k--)
        {
            if (AnalyzedSentence.StemIn(sourceSentence.Sequence[k], sourceSentence.Language) == counted)
            {
                return true;
            }

            if (sourceSentence.BreakBefore(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words for persons that a small count may count by the persons a source names ("two people", "both hosts"). Hand-made.</summary>
    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "people", "persons", "men", "women", "individuals", "speakers", "hosts", "guests", "friends", "parties", "participants",
        "leaders", "brothers", "sisters", "siblings", "partners", "colleagues", "presenters", "sons", "daughters", "boys", "girls",
    };

    /// <summary>Most tokens between a name and "and" (or "and" and the next name) in a list of names ("I'm Gia and I'm Draya").</summary>
    internal const int ListGap = 2;

    /// <summary>
    /// Whether a count of two or three persons ("a conversation between two women") is the number of
    /// distinct names a cited sentence lists with "and" ("I'm Gia and I'm Draya"; "Gia, Ana and
    /// Draya"): the sources name the persons instead of counting them. Written on podcast transcripts
    /// of the calibration split (session 13), where 11 consistent summaries were refused for "two".
    /// </summary>
    private static bool CountsNamedPersons(Quantity quantity, IReadOnlyList<SourceArticle> cited)
    {
        if (quantity.Unit.Length > 0 || quantity.Value is not (2 or 3) || quantity.Counted is null
            || !PersonWords.Any(w => AnalyzedSentence.StemIn(w, null) == quantity.Counted))
        {
            return false;
        }

        foreach (var sentence in cited.SelectMany(a => a.Sentences))
        {
            if (sentence.Names.Count >= quantity.Value && ListedNames(sentence).Any(list => list == quantity.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The number of distinct names in each run of names joined by commas and "and", no more than
    /// <see cref="ListGap"/> other tokens apart; adjacent capitals are one name ("Kim Jong Un").
    /// </summary>
    private static IEnumerable<int> ListedNames(AnalyzedSentence sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sawAnd = false;
        var gap = 0;
        var current = "";
        for (var k = 0; k < sentence.Sequence.Count; k++)
        {
            if (k < sentence.NameAt.Count && sentence.NameAt[k])
            {
                current = k > 0 && sentence.NameAt[k - 1] && current.Length > 0 ? current + " " + sentence.Sequence[k] : sentence.Sequence[k];
                if (k + 1 >= sentence.NameAt.Count || !sentence.NameAt[k + 1])
                {
                    names.Add(current);
                }

                gap = 0;
                continue;
            }

            current = "";

            if (sentence.Sequence[k] == "and" && names.Count > 0)
            {
                sawAnd = true;
                gap = 0;
                continue;
            }

            if (++gap > ListGap && names.Count > 0)
            {
                if (sawAnd)
                {
                    yield return names.Count;
                }

                names.Clear();
                sawAnd = false;
            }
        }

        if (sawAnd)
        {
            yield return names.Count;
        }
    }

    /// <summary>
    /// Window coverage above which the window is taken to restate the sentence, so that a negation
    /// in the window that the sentence lacks is a removed negation, not an unrelated clause.
    /// </summary>
    internal const double NegationRemovalMinCoverage = 0.5;

    /// <summary>
    /// Whether a negation governs a word on one side only: the sentence negates a word that its
    /// sources state only without negation (in the window when the window has it, else anywhere),
    /// or the window negates a word that the sentence states without negation. Returns what differs
    /// ("not silent (the support: silent)"), or null.
    /// </summary>
    private static string? NegationFlipped(AnalyzedSentence sentence, List<AnalyzedSentence> window, double coverage, IReadOnlyList<SourceArticle> cited)
    {
        var words = sentence.ContentWords;
        List<ContentWord> Occurrences(ContentWord word)
        {
            var occurrences = window.SelectMany(s => s.ContentWords).Where(w => w.Stem == word.Stem).ToList();
            return occurrences.Count > 0 ? occurrences : cited.SelectMany(a => a.Sentences).SelectMany(s => s.ContentWords).Where(w => w.Stem == word.Stem).ToList();
        }

        // A negation negates its phrase, not each word of it: when the support negates the first word the
        // negation governs, the phrase's next word may stand plain elsewhere ("not for elderly users" where
        // the support negates "the elderly" and speaks of "both types of users"; session 16). Only the
        // first: "did not consider using" is not supported by "not using" beside a plain "consider".
        var negatedHeads = words.Where(w => w.Negated && w.Head == w.Stem && Judged(w) && Occurrences(w).Exists(o => o.Negated || o.NearNegation))
            .Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Negated || !Judged(word) || (IsAdverb(word) && i + 1 < words.Count && words[i + 1].Negated) || (word.Head is { } head && negatedHeads.Contains(head)))
            {
                continue;   // "not currently insured": the adverb moves about the negation freely, the word after it is judged
            }

            var occurrences = Occurrences(word);

            // A cited sentence negates the word before the same next word ("it's not very expensive for a
            // remote control", outside a window that has only "it's quite expensive"): not added.
            if (occurrences.Count > 0 && !occurrences.Exists(w => w.Negated || w.NearNegation) && !NegatedElsewhere(sentence, word, cited))
            {
                return $"not {word.Key} (the support: {occurrences[0].Key})";
            }
        }

        if (coverage < NegationRemovalMinCoverage)
        {
            return null;
        }

        // A word the sentence's own negation reaches loosely is not plain ("not to be a silent victim").
        var plain = sentence.ContentWords.Where(w => !w.Negated && !w.NearNegation).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var negatedInSentence = sentence.ContentWords.Where(w => w.Negated).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var source in window)
        {
            var sourcePlain = source.ContentWords.Where(w => !w.Negated).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);

            // The window's negation is removed only where the sentence restates what it negates: its first
            // governed word ("if you're not learning how to recruit" is not restated by "the importance of recruiting").
            if (source.ContentWords.FirstOrDefault(w => w.Negated && Judged(w) && plain.Contains(w.Stem) && !negatedInSentence.Contains(w.Stem) && !sourcePlain.Contains(w.Stem)
                    && (w.Head is null || sentence.ContentStems.Contains(w.Head))) is { } removed)
            {
                return $"{removed.Key} (the support: not {removed.Key})";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a governed word is judged for a negation: not a name, which the name check judges
    /// ("It wasn't Mokena, actually" says nothing against "The Pearl Room in Mokena"); a negation
    /// negates what is said of a name, not the name.
    /// </summary>
    private static bool Judged(ContentWord word) => !word.Capitalized;

    /// <summary>Shortest adverb in -ly read as one ("currently", "presently"; not "fly").</summary>
    private const int MinAdverbLength = 5;

    /// <summary>Whether a word reads as an adverb in -ly ("currently"): "not currently insured" is "currently not insured".</summary>
    private static bool IsAdverb(ContentWord word) => word.Key.Length >= MinAdverbLength && word.Key.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>
    /// Whether a cited sentence negates <paramref name="word"/> before the same next content word as
    /// the sentence does ("not very expensive for a remote control" in both), so the negation is the
    /// sources' own though the window states the word plainly. "Pleaded not guilty to murder" does
    /// not support "not guilty to manslaughter".
    /// </summary>
    private static bool NegatedElsewhere(AnalyzedSentence sentence, ContentWord word, IReadOnlyList<SourceArticle> cited)
    {
        var at = sentence.ContentWords.ToList().IndexOf(word);
        if (at < 0 || at + 1 >= sentence.ContentWords.Count)
        {
            return false;
        }

        var next = sentence.ContentWords[at + 1].Stem;
        foreach (var source in cited.SelectMany(a => a.Sentences))
        {
            var words = source.ContentWords;
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if ((words[i].Negated || words[i].NearNegation) && words[i].Stem == word.Stem && words[i + 1].Stem == next)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static double WeightedShare(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        double total = 0, matched = 0;
        foreach (var stem in sentence.ContentStems)
        {
            var w = sources.Weight(stem);
            total += w;
            if (cited.Any(a => a.ContentStems.Contains(stem)))
            {
                matched += w;
            }
        }

        return total > 0 ? matched / total : 1.0;
    }

    /// <summary>
    /// The sentence's first word read as a name: capitalised only because it opens the sentence
    /// (<see cref="AnalyzedSentence.Opening"/>), yet no common English word (<see cref="CommonWords"/>)
    /// and written nowhere in the cited sources ("Lausanne hospitals evacuated" from reports of
    /// Geneva). English only, and only when WordNet is installed; null otherwise.
    /// </summary>
    private static string? OpeningName(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        if (sentence.Opening is not { } opening || sources.CommonWords is not { } common || (sources.Language is not null && sources.Language != Languages.Default)
            || common.Contains(opening.Key) || cited.Any(a => a.Keys.Contains(opening.Key)))
        {
            return null;
        }

        return opening.Text;
    }

    /// <summary>Shortest lowercase word read by <see cref="UnknownWords"/>.</summary>
    internal const int UnknownWordMinLength = 3;

    /// <summary>
    /// Against sources written without capitals (<see cref="PreparedSources.Caseless"/>), the lowercase
    /// words of the sentence that no cited source writes and that are no common English word
    /// (<see cref="CommonWords"/>: WordNet writes them only capitalised, or not at all): a name that
    /// lost its capital as the sources' names did ("striker dean cox", "in the central town of sevare").
    /// Against cased sources a lowercase word the dictionary lacks is a term ("programmability",
    /// "relatable"), not a name, and is left alone. Capitalised words are checked as names already;
    /// the opening word by <see cref="OpeningName"/>; title-case lines are left alone.
    /// </summary>
    private static IEnumerable<string> UnknownWords(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        if (!sources.Caseless || sentence.TitleCase || sources.CommonWords is not { } common)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in sentence.ContentWords)
        {
            var key = word.Key.EndsWith("'s", StringComparison.Ordinal) || word.Key.EndsWith("’s", StringComparison.Ordinal) ? word.Key[..^2] : word.Key;
            if (word.Capitalized || key.Length < UnknownWordMinLength || !key.All(char.IsLetter) || key == sentence.Opening?.Key || !seen.Add(key)
                || DateMentions.IsDateWord(new Token(key, key, TokenKind.Word, 1)) || common.Contains(key) || sources.CommonNouns.Contains(key)
                || cited.Any(a => a.Keys.Contains(key) || a.Keys.Contains(word.Key) || a.ContentStems.Contains(word.Stem)))
            {
                continue;
            }

            yield return key;
        }
    }

    /// <summary>
    /// Two adjacent names of the sentence that the sources never write together, while they write
    /// the first before another name and the second after another ("David Harris" from "David
    /// Cameron" and "Kamala Harris"): a person the sources do not name, made of two they do.
    /// </summary>
    private static IEnumerable<(string Pair, string Text)> MixedNames(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited)
    {
        if (sentence.TitleCase)
        {
            yield break;
        }

        for (var i = 0; i + 1 < sentence.Names.Count; i++)
        {
            var (a, b) = (sentence.Names[i], sentence.Names[i + 1]);
            if (b.Index != a.Index + 1 || StopWords.Contains(a.Key) || StopWords.Contains(b.Key) || a.Key.Length < 2 || b.Key.Length < 2)
            {
                continue;
            }

            var pair = a.Key + " " + b.Key;
            if (cited.Any(s => s.NameKeys.Contains(pair)))
            {
                continue;
            }

            var firstElsewhere = cited.Any(s => s.NameKeys.Any(k => k.StartsWith(a.Key + " ", StringComparison.Ordinal)));
            var secondElsewhere = cited.Any(s => s.NameKeys.Any(k => k.EndsWith(" " + b.Key, StringComparison.Ordinal)));
            if (firstElsewhere && secondElsewhere)
            {
                yield return (pair, a.Text + " " + b.Text);
            }
        }
    }

    /// <summary>
    /// The sentence's names as keys to look up: a name and the capitalised word after it are one
    /// key when together they are a known alias ("United States"), else each name is its own.
    /// </summary>
    private static List<(string Key, string Text)> NameKeys(AnalyzedSentence sentence)
    {
        var names = new List<(string Key, string Text)>();
        var skip = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in sentence.Names)
        {
            if (skip.Contains(name.Key))
            {
                continue;
            }

            var pair = sentence.NameKeys.FirstOrDefault(k => k.StartsWith(name.Key + " ", StringComparison.Ordinal) && NameMatching.IsAlias(k));
            if (pair is not null)
            {
                names.Add((pair, pair));
                skip.Add(pair[(name.Key.Length + 1)..]);
            }
            else
            {
                names.Add((name.Key, name.Text));
            }
        }

        return names;
    }

    /// <summary>
    /// Whether a name key is in a set of sources: two-word keys and keys that are also common words
    /// ("us", "will") must be capitalised there; any other name may match any word.
    /// </summary>
    private static bool HasName(string key, IReadOnlySet<string> keys, IReadOnlySet<string> nameKeys) =>
        key.Contains(' ') || StopWords.Contains(key) ? nameKeys.Contains(key) : keys.Contains(key);

    private static HashSet<string> Union(IEnumerable<AnalyzedSentence> sentences, Func<AnalyzedSentence, IEnumerable<string>> select)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            set.UnionWith(select(sentence));
        }

        return set;
    }
}
