using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Text;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// A number of a sentence as a key fact: its value with its unit ("4.5 million crowns", "94 mph",
/// "9%") and a label saying what it measures, read from the sentence around it: the thing counted
/// after it ("12 people injured" -> "People injured"; "38,400 Vesta hatchbacks") or the thing
/// measured before it ("a gust of 94 mph" -> "Gust"; "its base rate to 4.75%" -> "Base rate").
/// A number that is a time, a date, a year, an age or part of a compound is no key fact, and a
/// number whose label cannot be read is left out rather than shown under a word that says nothing.
/// In another language (French, German) only a bare count is read, its label the words after it up
/// to one of that language's stop words ("230 Bewohner aus" -> "Bewohner"; "60 commerçants touchés");
/// a number before a unit or a clock word (<see cref="MeasureWords"/>: "2.15 Uhr", "40 Metern",
/// "7 heures") is left out, as the English reading of measures ("a gust of 94 mph") has no equivalent yet.
/// </summary>
internal static partial class FactLabels
{
    /// <summary>Words in a label at most.</summary>
    internal const int MaxLabelWords = 5;

    [GeneratedRegex(@"(?<![\w.,:'\u2019\-/])(?<value>[$\u20ac\u00a3]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$\u20ac\u00a3]?\d+(?:\.\d+)?)(?![\w\-:/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^(?<scale>\s?(?:%|percent|per cent|percentage points?)|\s(?:million|billion|trillion)|)(?<unit>\s(?:crowns?|dollars?|euros?|pounds?|francs?|yen|mph|miles per hour|km/h|kilometres|kilometers|km|miles|metres|meters|feet|millimetres|mm|centimetres|cm|inches|degrees|tonnes|tons|hectares|acres|years|months|weeks|days|hours|minutes|seconds|basis points))?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    /// <summary>Qualifiers between a connecting word and the number ("of about", "to more than").</summary>
    [GeneratedRegex(@"(?:\b(?:about|around|nearly|almost|more than|less than|fewer than|up to|some|roughly|at least|over|just|only|approximately|an estimated|a|an)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingQualifiers();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'\u2019\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Months (a number after one is a day) and words that make a number a time or an age.</summary>
    private static readonly FrozenSet<string> DateWords = FrozenSet.ToFrozenSet(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "o'clock", "old", "th", "st", "nd", "rd", "year-old", "years-old"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that connect a measured thing to its number ("a gust OF 94 mph", "inflation WAS 4.1%").</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
    [
        "of", "at", "to", "was", "is", "were", "are", "by", "totalling", "totaling", "worth", "reached", "hit", "rose", "fell",
        "jumped", "slid", "dropped", "climbed", "stood", "stands", "fell", "gained", "lost", "valued",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that say what happened to what a number counts ("12 people injured").</summary>
    private static readonly FrozenSet<string> CountParticiples = FrozenSet.ToFrozenSet(
    [
        "injured", "killed", "dead", "hurt", "wounded", "evacuated", "affected", "arrested", "missing", "rescued", "recalled",
        "displaced", "stranded", "detained", "employed", "infected", "cancelled", "canceled", "delayed", "destroyed", "damaged",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of change between a measured thing and its figure ("inflation falling to").</summary>
    private static readonly FrozenSet<string> ChangeVerbs = FrozenSet.ToFrozenSet(
        ["falling", "rising", "climbing", "dropping", "growing", "standing", "reaching", "increasing", "decreasing", "totalling"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that say how much, not of what ("a 30% chance", "a quarter of a percentage point"): no label on their own.</summary>
    private static readonly FrozenSet<string> Vague = FrozenSet.ToFrozenSet(
    [
        "chance", "rise", "increase", "share", "stake", "part", "cut", "drop", "fall", "gain", "lead", "majority", "number", "total",
        "amount", "level", "point", "points", "quarter", "half", "third", "times", "percentage", "cent", "figure", "figures", "lot",
        "official", "years", "months", "weeks", "days", "hours", "minutes", "others", "jump", "surge", "spike", "decline", "boost", "hike",
        "rises", "increases", "drops", "falls", "gains", "cuts",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a label: prepositions, conjunctions and such (beyond the stop words).</summary>
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
    [
        "around", "across", "near", "within", "without", "among", "behind", "beyond", "toward", "towards", "against", "since",
        "than", "who", "which", "that", "whose", "where", "when", "while", "after", "before", "during", "including", "last",
        "next", "this", "each", "every", "per", "a", "an", "the", "its", "their", "his", "her", "our", "another", "due", "unless",
        "because", "if", "despite", "although", "though", "whether",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that follow a subject and are no noun ("signed by 36 MPs suggests", "data from more than 16,000 doctors shows",
    /// "limit the population to 15,000 gets the support", "on the 60 Freeway appears to show"): a label ends before one,
    /// and a label that is one is none. Frequent verbs of saying, showing and seeming, read in the session 13 rows; words
    /// that are nouns as often ("reports", "claims") are left out.
    /// </summary>
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "says", "said", "say", "shows", "showed", "show", "suggests", "suggested", "suggest", "appears", "appeared", "appear", "seems",
        "seemed", "seem", "gets", "got", "get", "means", "meant", "mean", "remains", "remain", "remained", "finds", "found", "find",
        "reveals", "revealed", "reveal", "warns", "warned", "warn", "believes", "believe", "thinks", "think", "wants", "want", "needs",
        "need", "makes", "make", "made", "takes", "take", "took", "comes", "come", "came", "goes", "go", "went", "gives", "give", "gave",
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
        "arrives", "arrive", "arrived", "expects", "expect",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Irregular past tenses, which do not end in "-ed" as <see cref="ReadLabel"/>'s verb test expects ("pushing the total
    /// since the pandemic BEGAN to 71" gave the row "Pandemic began: pandemic began to 71"). Forms that are as often a
    /// noun or an adjective before a noun ("left", "set", "hit", "lost", "paid", "built", "held", "won", "rose") are not in it.
    /// </summary>
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
    [
        "began", "became", "broke", "brought", "caught", "chose", "drew", "drove", "ate", "fought", "flew", "forgot", "froze",
        "gave", "grew", "hid", "kept", "knew", "led", "met", "ran", "rang", "sold", "sent", "shook", "spoke", "spent", "stole",
        "struck", "swore", "taught", "told", "thought", "threw", "understood", "woke", "wore", "wrote", "went", "came", "took",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Auxiliaries, modals and the infinitive's "to": a word right after one is a verb ("has risen to", "could grow",
    /// "could receive funding of", "is set to expand to", "will be making contributions of"), never what a number measures.
    /// </summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may", "might",
        "should", "must", "shall", "do", "does", "did", "to", "not", "also", "now", "already", "just", "still",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Particles and adverbs of place or time that stand before a connector ("passed away at 86", "bounced back to 60 per cent"): no label.</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "away", "back", "up", "down", "out", "off", "ahead", "again", "alone", "together", "abroad", "overnight", "far", "once",
        "week", "month", "year", "day", "weekend", "morning", "afternoon", "evening", "night", "fifth", "fourth", "sixth", "tenth",
        "first", "second", "last",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Prepositions before the noun that stands before a verb connector or "to": that noun is the object of the
    /// preposition ("the death rate ON the ship was 0.5%", "bringing the total IN the country to 30,201", "sales at stores
    /// open more THAN a year fell 14 percent", "compares prices TO corporate earnings hit 34"), not what the number measures.
    /// "Of" is read apart: "a height of 5,900 meters" after "at a" still reads.
    /// </summary>
    private static readonly FrozenSet<string> ObjectPrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "of", "for", "at", "on", "from", "with", "by", "into", "across", "among", "within", "to", "than", "over", "under",
        "through", "after", "before", "during", "between", "about", "around", "near", "per", "like",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words after a number that make it a measure, an amount, a time or a duration in French and
    /// German (units, currencies, scales, clock words): such a number is no count, so no label is read.
    /// </summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> MeasureWords = new Dictionary<string, FrozenSet<string>>
    {
        ["fr"] = FrozenSet.ToFrozenSet(
        [
            "h", "heure", "heures", "min", "minute", "minutes", "seconde", "secondes", "m", "mètre", "mètres", "km", "kilomètre", "kilomètres",
            "cm", "mm", "kg", "kilos", "tonne", "tonnes", "euro", "euros", "dollar", "dollars", "franc", "francs", "livres", "pour", "million",
            "millions", "milliard", "milliards", "degré", "degrés", "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours",
            "hectare", "hectares", "heures", "points", "fois", "mn",
        ], StringComparer.Ordinal),
        ["de"] = FrozenSet.ToFrozenSet(
        [
            "uhr", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "m", "meter", "metern", "km", "kilometer", "kilometern",
            "zentimeter", "cm", "mm", "kilo", "kilogramm", "tonne", "tonnen", "euro", "dollar", "franken", "prozent", "prozentpunkte", "mio",
            "million", "millionen", "mrd", "milliarde", "milliarden", "grad", "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche",
            "wochen", "tag", "tage", "tagen", "hektar", "mal", "punkte",
        ], StringComparer.Ordinal),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A number before a month ("16 novembre") or a French ordinal's ending ("1er janvier", "2e") is a day or a rank, no count.</summary>
    private static bool IsDayOfMonth(string word, string language) =>
        word is "er" or "re" or "e" or "ème" || StoryWords.For(language).Months.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>A key fact read at one number: its value with unit, its label, and the digits as the evidence holds them.</summary>
    internal sealed record Reading(string Label, string Value, string Digits);

    /// <summary>Every number of the sentence that reads as a key fact; <paramref name="language"/> is the sentence's.</summary>
    public static IEnumerable<Reading> Read(string sentence, string language = Languages.Default)
    {
        if (language != Languages.Default)
        {
            foreach (var reading in ReadCounts(sentence, language))
            {
                yield return reading;
            }

            yield break;
        }

        foreach (Match m in NumberToken().Matches(sentence))
        {
            var raw = m.Groups["value"].Value;
            var digits = SentenceFeatures.NormaliseNumber(raw.TrimStart('$', '\u20ac', '\u00a3'));
            var after = sentence[(m.Index + m.Length)..];
            var unit = UnitAfter().Match(after);
            var scale = unit.Groups["scale"].Value;
            var measure = unit.Groups["unit"].Value;
            if (IsDateOrTime(sentence, m.Index, after) || IsRange(after) || RangeEnd().IsMatch(sentence[..m.Index]) || (scale.Length == 0 && measure.Length == 0 && IsYear(digits)))
            {
                continue;
            }

            var numberEnd = m.Index + m.Length + unit.Length;
            var rest = sentence[numberEnd..];
            if (PartOfName(sentence, m.Index) || Identified(sentence[..m.Index]))
            {
                continue; // "Channel 11 News", "Apollo 11", "level 2 restrictions": a name or a rank, not a figure
            }

            if (Denominator().IsMatch(sentence[..m.Index]))
            {
                continue; // "eight out of 10 coronavirus deaths": the whole a share is taken of, not a count of its own
            }

            var percent = scale.Trim() is "%" or "percent" or "per cent";
            var scaled = scale.Trim() is "million" or "billion" or "trillion" && measure.Length == 0 && char.IsDigit(raw[0]);   // "2.6 million app users"; "$82 million childcare [funding]" stays unread
            var bare = (scale.Length == 0 || scaled) && measure.Length == 0 && char.IsDigit(raw[0]);
            var (label, labelEnd) = (scale.Length == 0 && measure.Length == 0) || scaled || measure.Trim() is "crown" or "dollar" or "euro" or "pound"
                || (percent && ModifiesNoun(sentence[..m.Index]))
                ? Counted(rest)
                : ("", 0);
            var start = QualifiedStart(sentence, m.Index);
            var end = numberEnd + labelEnd;
            if (label.Length == 0)
            {
                (label, var labelStart, var figureStart) = Measured(sentence[..m.Index], rest, bare);
                // "taking the total number of coronavirus deaths to 30,076": the label is the subject's own words, so
                // the value is the figure with its qualifier ("to nearly 65,000" -> "nearly 65,000"), not the label again.
                // A length or a time keeps its phrase: "the location is approximately 39 miles" [from the station] is
                // where a thing is, and the figure alone would read as what it measures.
                start = figureStart >= 0 && measure.Length == 0 ? figureStart : Math.Min(start, labelStart);
                end = numberEnd;
            }

            if (label.Length > 0 && bare && end > numberEnd && !CountsThings(digits, sentence[numberEnd..end]))
            {
                continue; // "911 call", "3100 block", "5 Freeway", "21 year old": a number that names or locates, not a count
            }

            if (label.Length > 0 && RateAfter().Match(sentence, end) is { Success: true } rate)
            {
                end = rate.Index + rate.Length; // "coronavirus testing to 40,000 a day": without its rate the figure reads as a total
            }

            if (label.Length > 0)
            {
                // The row is the source's own phrase: what governs the number ("nominated for"),
                // its qualifier ("nearly"), the number with its unit and what it counts.
                yield return new Reading(label, sentence[start..end].Trim().TrimEnd(',', ';', ':'), digits);
            }
        }
    }

    /// <summary>The bare counts of a sentence in another language than English, each labelled by the words after it (see the class summary).</summary>
    private static IEnumerable<Reading> ReadCounts(string sentence, string language)
    {
        var stops = StopWords.For(language);
        var measures = MeasureWords.GetValueOrDefault(language) ?? FrozenSet<string>.Empty;
        foreach (Match m in NumberToken().Matches(sentence))
        {
            var raw = m.Groups["value"].Value;
            var after = sentence[(m.Index + m.Length)..];
            var words = Word().Matches(after).Take(MaxLabelWords).ToList();
            if (raw[0] is '$' or '\u20ac' or '\u00a3' || words.Count == 0 || words[0].Index > 1 || IsYear(raw) || IsRange(after)
                || measures.Contains(words[0].Value.ToLowerInvariant()) || after.TrimStart().StartsWith('%')
                || IsDayOfMonth(words[0].Value, language))
            {
                continue;
            }

            var label = new List<string>();
            var end = 0;
            foreach (var word in words)
            {
                var lower = word.Value.ToLowerInvariant();
                var gap = after[end..word.Index];
                if (label.Count >= 2 || (label.Count > 0 && gap.Any(c => !char.IsWhiteSpace(c))) || stops.Contains(lower) || lower.Length < 2 || !char.IsLetter(lower[0])
                    || (language == "de" && label.Count > 0 && char.IsLower(word.Value[0])))   // German: the counted noun, not the verb after it ("Sandsäcke wurden")
                {
                    break;
                }

                label.Add(word.Value);   // as written: German nouns keep their capital
                end = word.Index + word.Length;
            }

            if (label.Count > 0)
            {
                var digits = SentenceFeatures.NormaliseNumber(raw);
                yield return new Reading(Capitalise(string.Join(' ', label)), sentence[m.Index..(m.Index + m.Length + end)].Trim(), digits);
            }
        }
    }

    /// <summary>A capitalised word (not opening the sentence) right before the number: the number is part of a name.</summary>
    private static bool PartOfName(string sentence, int index)
    {
        var before = Word().Matches(sentence[..index]).LastOrDefault();
        return before is not null && before.Index + before.Length >= index - 1 && char.IsUpper(before.Value[0])
            && (before.Index > 0 || !(WriterStopWords.Words.Contains(before.Value.ToLowerInvariant()) || Stops.Contains(before.Value.ToLowerInvariant())
                || before.Value.ToLowerInvariant() is "nearly" or "almost" or "roughly" or "approximately" or "around" or "about" or "some" or "only" or "just"))
            && !DateWords.Contains(before.Value.TrimEnd('.')) && sentence[(before.Index + before.Length)..index].Trim().Length == 0;
    }

    /// <summary>Qualifiers before a number ("nearly", "more than") and the verb and preposition that govern it ("nominated for", "released on"): where the phrase starts.</summary>
    [GeneratedRegex(@"(?:\b[\p{L}]+(?:ed|en)\s+(?:for|to|on|with|of|by|in|at)\s+)?(?:\b(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|up\s+to|some|roughly|at\s+least|over|just|only|approximately|an\s+estimated)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Governing();

    private static int QualifiedStart(string sentence, int index)
    {
        var m = Governing().Match(sentence[..index]);
        return m.Success ? m.Index : index;
    }

    /// <summary>A month before the number, or a clock word, a colon or an age after it.</summary>
    private static bool IsDateOrTime(string sentence, int index, string after)
    {
        var before = Word().Matches(sentence[..index]).LastOrDefault()?.Value.TrimEnd('.') ?? "";
        var next = Word().Match(after);
        return DateWords.Contains(before)
            || ClockOrMonthAfter().IsMatch(after)
            || (next.Success && next.Index <= 1 && TimeWords.Contains(next.Value.TrimEnd('.')))
            || after.StartsWith("-year", StringComparison.Ordinal)
            || (next.Success && next.Value.Equals("years", StringComparison.OrdinalIgnoreCase) && after[(next.Index + next.Length)..].TrimStart().StartsWith("old", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// After a number: a clock ("5 a.m."), a month ("20 April": a day), or a unit and then another number ("2 minutes
    /// 12 seconds", "5 feet 8 inches": the first part of a compound measure is no figure on its own).
    /// </summary>
    [GeneratedRegex(@"^\s?(?:[ap]\.\s?m\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?!\w)|(?:january|february|march|april|june|july|august|september|october|november|december)\b|\s(?:minutes?|hours?|feet|foot|pounds?|metres?|meters?|stone|days?|weeks?|months?|years?)\s+\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockOrMonthAfter();

    /// <summary>"eight out of 10", "28 out of 55", "one in every 10": the number is the whole a share is taken of ("pull out of 18 countries" is no share).</summary>
    [GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:out\s+of|in\s+every)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[$\u20ac\u00a3]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Denominator();

    /// <summary>
    /// Nouns that a number right after them identifies, not counts ("level 2 restrictions", "phase 3 trials", "category 5
    /// storm", "page 12", "year 12 students", "type 2 diabetes"): such a number is a rank or a name. Compiled from the real-feeds and Multi-News rows read in session 13.
    /// </summary>
    private static readonly FrozenSet<string> IdentifyingNouns = FrozenSet.ToFrozenSet(
    [
        "level", "phase", "stage", "tier", "grade", "category", "class", "number", "no", "room", "chapter", "page", "article",
        "section", "gate", "platform", "route", "flight", "pier", "terminal", "ward", "zone", "step", "round", "week", "day",
        "series", "season", "episode", "game", "act", "division", "district", "unit", "lane", "exit", "bus", "line", "channel", "year", "type",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool Identified(string before)
    {
        var words = Word().Matches(before).ToList();
        return words.Count > 0 && before.Length - (words[^1].Index + words[^1].Length) <= 1 && IdentifyingNouns.Contains(words[^1].Value.TrimEnd('.'));
    }

    /// <summary>
    /// Determiners and possessives: before a percentage they make it part of a noun phrase ("a 15 percent tax", "its 10
    /// percent stakes"), where the word after it is the noun; without one the word after is a predicate ("stocks would be
    /// 50% lower", "100 per cent safe", "more than 90 per cent full"), no label.
    /// </summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "every", "each"],
        StringComparer.OrdinalIgnoreCase);

    private static bool ModifiesNoun(string before)
    {
        var words = Word().Matches(before).Select(w => w.Value).ToList();
        while (words.Count > 0 && PercentQualifiers.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);   // "its roughly 10 percent stakes", "a nearly 5% rise"
        }

        return words.Count > 0 && before.TrimEnd().Length > 0 && char.IsLetterOrDigit(before.TrimEnd()[^1])
            && (Determiners.Contains(words[^1]) || words[^1].EndsWith("'s", StringComparison.OrdinalIgnoreCase) || words[^1].EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Qualifiers between a determiner and a percentage ("a nearly 5% rise", "its roughly 10 percent stakes").</summary>
    private static readonly FrozenSet<string> PercentQualifiers = FrozenSet.ToFrozenSet(
        ["about", "around", "nearly", "almost", "roughly", "some", "approximately", "estimated", "just", "only", "over", "more", "less", "than", "least", "at", "up", "to"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"60 to 70 mph", "80 million and 120 million": the first number of a range is no fact on its own.</summary>
    private static bool IsRange(string after) => RangeAfter().IsMatch(after);

    [GeneratedRegex(@"^(?:\s?(?:%|million|billion))?\s*(?:to|and|or|-|\u2013)\s*[$\u20ac\u00a3]?\d", RegexOptions.CultureInvariant)]
    private static partial Regex RangeAfter();

    /// <summary>"Corrections of 5% to 15% occur...", "between 60 and 70 mph": the last number of a range is no fact on its own either (the row "Occur: 15% occur").</summary>
    [GeneratedRegex(@"[$\u20ac\u00a3]?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion))?\s*(?:to|and|-|\u2013)\s*[$\u20ac\u00a3]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeEnd();

    private static bool IsYear(string digits) =>
        digits.Length == 4 && int.TryParse(digits, out var year) && year is >= 1800 and <= 2100;

    /// <summary>What follows the number: up to two words naming what is counted, and a participle saying what happened to it.</summary>
    private static (string Label, int End) Counted(string rest)
    {
        var words = Word().Matches(rest).Take(4).Select(w => w.Value).ToList();
        if (words.Count == 0 || rest.TrimStart().Length > 0 && !char.IsLetter(rest.TrimStart()[0]))
        {
            return ("", 0);
        }

        var label = new List<string>();
        var matches = Word().Matches(rest).Take(6).ToList();
        if (matches.Count > 0 && DateWords.Contains(matches[0].Value))
        {
            return ("", 0); // "23 November": a date
        }

        var end = 0;

        for (var i = 0; i < matches.Count; i++)
        {
            var word = matches[i].Value;
            var lower = word.ToLowerInvariant();
            if (i > 0 && rest[(matches[i - 1].Index + matches[i - 1].Length)..matches[i].Index].Any(c => !char.IsWhiteSpace(c)))
            {
                break; // a label never spans punctuation
            }

            if (label.Count > 0 && CountParticiples.Contains(lower))
            {
                label.Add(lower);
                end = matches[i].Index + matches[i].Length;
                break;
            }

            // "12 people were injured": the auxiliary is skipped to reach the participle.
            if (label.Count > 0 && lower is "were" or "was" or "are" or "is" or "been" or "have" or "had" or "has")
            {
                var participle = matches.Skip(i + 1).FirstOrDefault(w => w.Value.ToLowerInvariant() is not ("been" or "being"));
                if (participle is not null && CountParticiples.Contains(participle.Value.ToLowerInvariant()))
                {
                    label.Add(participle.Value.ToLowerInvariant());
                    end = participle.Index + participle.Length;
                }

                break;
            }

            if (label.Count == 0 && (Particles.Contains(lower) || UnitWords.Contains(lower)))
            {
                break; // "$539 back", "24 hour bookshops": an adverb, or a unit the number measures, is not what is counted
            }

            if (label.Count >= 2 || !IsLabelWord(lower) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)
                || Weekdays.Contains(lower) || DateWords.Contains(lower) || Verbs.Contains(lower)
                || (label.Count > 0 && IsPlural(label[^1]) && !CollectiveNouns.Contains(label[^1]) && char.IsLower(label[^1][0])))
            {
                break; // "16,000 doctors shows", "36 MPs suggests": what is counted ends at its plural noun, before a verb ("police reports", "staff members" go on)
            }

            label.Add(word.Any(char.IsUpper) ? word : lower);   // "non-Jewish civilians" keeps its capital
            end = matches[i].Index + matches[i].Length;
        }

        // "12 people" counts people; "12 were" counts nothing the reader can see; a verb right after the one word
        // ("15,000 gets the support") or a name ("at 3100 Walgreens") is not what is counted.
        return label.Count == 0 || CountParticiples.Contains(label[0]) || Vague.Contains(label[^1]) || (IsName(label[^1]) && !IsPlural(label[^1]))
            || (label.Count == 1 && FollowedByDeterminer(rest, end))
            ? ("", 0) : (Capitalise(string.Join(' ', label)), end);
    }

    /// <summary>
    /// A word right after the label is "the" or a possessive: the label was a verb taking an object ("15,000 gets the
    /// support"). "A" is not read so ("1,000 flights a day"), nor "this" ("the £9,250 fee this year").
    /// </summary>
    private static bool FollowedByDeterminer(string rest, int end)
    {
        var next = Word().Match(rest, end);
        return next.Success && rest[end..next.Index].Trim().Length == 0
            && next.Value.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "our" or "your" or "my";
    }

    /// <summary>A rate right after a row's phrase ("40,000 a day", "1,000 flights per week", "$15 an hour"): part of what the figure says.</summary>
    [GeneratedRegex(@"\G\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|minute|second|night|person|head|capita)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RateAfter();

    /// <summary>A word in title case (a capital, then lower case): a name ("Hayes", "Walgreens", "Sweden"); an acronym ("GDP", "NHS") is not one.</summary>
    private static bool IsName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) || word[^1] is '\'' or '\u2019';

    /// <summary>Whether a word reads as a plural noun: an irregular plural or a word in -s (not -ss, -us, -is).</summary>
    private static bool IsPlural(string word)
    {
        var lower = word.ToLowerInvariant();
        return IrregularPlurals.Contains(lower)
            || (lower.Length > 2 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal) && !lower.EndsWith("\u2019s", StringComparison.Ordinal)
                && lower is not "news" and not "series" and not "species");
    }

    /// <summary>Units in the singular, as a number before a noun uses them ("24 hour bookshops", "a 10 mile race", "a 213 bed hospital").</summary>
    private static readonly FrozenSet<string> UnitWords = FrozenSet.ToFrozenSet(
        ["hour", "minute", "second", "day", "week", "month", "year", "mile", "km", "metre", "meter", "foot", "inch", "storey", "story", "bed", "seat", "point", "percent"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives in the writer's stop list that open a counted noun phrase ("some 1,000 new patients").</summary>
    private static readonly FrozenSet<string> OpeningAdjectives = FrozenSet.ToFrozenSet(
        ["new", "other", "more", "old", "former", "young", "small", "large", "big", "top", "further", "additional", "extra"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Collective nouns that also stand before another noun ("476 police reports", "10 staff members", "40 crew members").</summary>
    private static readonly FrozenSet<string> CollectiveNouns = FrozenSet.ToFrozenSet(
        ["police", "staff", "crew", "personnel", "faculty", "militia", "youth", "aircraft", "cattle", "livestock"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns that do not end in -s.</summary>
    private static readonly FrozenSet<string> IrregularPlurals = FrozenSet.ToFrozenSet(
    [
        "people", "men", "women", "children", "police", "personnel", "staff", "crew", "cattle", "feet", "teeth", "geese", "mice",
        "data", "media", "alumni", "deer", "sheep", "fish", "aircraft", "troops", "militia", "youth", "faculty", "livestock",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a bare number with what follows it is a count: more than one of a plural common noun
    /// ("12 people", "about 12 shell casings", "8 student nurses dead"). A singular noun or a name
    /// after the number makes it an identifier or an address ("911 call", "3100 block", "450 West",
    /// "8286 Adams St"), or an age ("21 year old"): no key fact.
    /// </summary>
    /// <param name="counted">What follows the number in the source, as written ("people were injured").</param>
    internal static bool CountsThings(string digits, string counted)
    {
        var words = Word().Matches(counted).Select(m => m.Value).Where(w => w.ToLowerInvariant() is not ("were" or "was" or "are" or "is" or "been" or "have" or "had" or "has")).ToList();
        while (words.Count > 1 && CountParticiples.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var head = words.Count > 0 ? words[^1] : "";
        var lower = head.ToLowerInvariant();
        var plural = IrregularPlurals.Contains(lower)
            || (lower.Length > 2 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && lower is not "news" and not "series" and not "species");
        return plural && head.Length > 0 && char.IsLower(head[0]) && !(double.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 1);
    }

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow"],
        StringComparer.Ordinal);

    /// <summary>
    /// What precedes the number through a connecting word: "a gust of", "its base rate to", "inflation was". The label is
    /// the noun the number measures, as the source names it, or there is none:
    /// <list type="bullet">
    /// <item>"by" gives no label: what stands before it is a verb of change or its subject ("risen by 164", "Russia's
    /// cases jump by 10,633", "an engineer by 22"), and a difference is not a level;</item>
    /// <item>after "at", a bare number is an age or a clock ("passed away at 86", "caregiver duties at 14"); a number
    /// before "times" is a ratio of something else ("obesity was up to 2.3 times higher");</item>
    /// <item>a number followed by a noun counts that noun ("a list of 10 alleged Nazis", "the symptoms of 2.6 million
    /// app users", "can turn to a $6 million fund", "move the city to 100 percent renewable energy");</item>
    /// <item>a word after an auxiliary, a modal or "to" is a verb ("has grown to", "could receive funding of"), and a
    /// participle or gerund stands in a label only after a determiner or "of" ("the total number of confirmed cases",
    /// "its opening weekend gross");</item>
    /// <item>before a verb connector or "to", a noun after a preposition is not the subject ("the death rate on the ship
    /// was", "the total in the country to");</item>
    /// <item>a name is no label ("set bond for Hayes at $1 million"), nor a particle or a time word ("back to", "last week to").</item>
    /// </list>
    /// </summary>
    /// <param name="before">The sentence before the number.</param>
    /// <param name="after">The sentence after the number and its unit.</param>
    /// <param name="bare">The number has no unit, currency or percentage (a scale such as "million" may stand).</param>
    private static (string Label, int Start, int FigureStart) Measured(string before, string after, bool bare)
    {
        var text = TrailingQualifiers().Replace(before.TrimEnd() + " ", "").TrimEnd();
        var words = Word().Matches(text).ToList();
        if (words.Count < 2 || !Connectors.Contains(words[^1].Value) || text.Length > words[^1].Index + words[^1].Length)
        {
            return ("", 0, -1);
        }

        var connector = words[^1].Value.ToLowerInvariant();
        var standing = connector == "at" && words.Count > 2 && StandingVerbs.Contains(words[^2].Value);   // "the death toll stood at 66"
        var following = Word().Match(after);
        var next = following.Success && after[..following.Index].Trim().Length == 0 ? following.Value.ToLowerInvariant() : "";
        if (connector == "by" || (connector == "at" && bare && !standing) || next is "times" or "fold"
            || (FigureLinks.Contains(connector) && DifferenceWords.Contains(next))
            || (bare && OpeningAdjectives.Contains(next))
            || (next.Length > 0 && IsLabelWord(next) && !Verbs.Contains(next)
                && (bare || !(next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("ing", StringComparison.Ordinal)))))
        {
            // A bare number before "alleged Nazis" counts them; "0.5% compared to" is a participle after a figure;
            // "the neighbouring school is 600 under" [capacity]: a difference, not what the school measures.
            return ("", 0, -1);
        }

        var end = words.Count - 1;
        var valued = connector == "at" && end > 0 && words[end - 1].Value.Equals("valued", StringComparison.OrdinalIgnoreCase);
        if (valued || standing)
        {
            end--;
        }

        var label = new List<string>();
        var head = "";
        var headAt = 0;
        var first = end;   // index of the label's first word
        for (var i = end - 1; i >= 0 && label.Count < MaxLabelWords; i--)
        {
            var word = words[i].Value;
            var lower = word.ToLowerInvariant();
            // Stop at punctuation between words: a label never spans a comma, a dash or a star.
            var gap = text[(words[i].Index + word.Length)..(i + 1 < words.Count ? words[i + 1].Index : text.Length)];
            if (label.Count == 0 && ChangeVerbs.Contains(lower))
            {
                continue; // "inflation FALLING to 2.6%": the verb is not part of the label
            }

            var previous = i > 0 ? words[i - 1].Value : "";
            var modifier = Determiners.Contains(previous) || previous.Equals("of", StringComparison.OrdinalIgnoreCase);
            if ((lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(lower) || (lower.EndsWith("ing", StringComparison.Ordinal) && label.Count > 0)) && !modifier)
            {
                break; // "valued", "making contributions", "since the pandemic began to 71": a verb; "the total number of confirmed cases": an adjective
            }

            if (gap.Contains(')') && label.Count > 0 && i + 1 == first)
            {
                return ("", 0, -1); // "confirmed coronavirus disease 2019 (COVID-19) cases is 1,464": the noun phrase goes on past the bracket
            }

            if (label.Count > 0 && IsPlural(word) && !CollectiveNouns.Contains(word) && !IsPossessive(word) && char.IsLower(label[0][0]))
            {
                break; // "Heathrow reports losses of": a verb (or a plural modifier) before the noun
            }

            if (gap.Trim().Length > 0 || (!IsLabelWord(lower) && !(lower is "of" or "in" && label.Count > 0))
                || (label.Count == 0 && (Particles.Contains(lower) || Weekdays.Contains(lower)))   // "its opening weekend gross" keeps its weekend
                || (Verbs.Contains(lower) && label.Count > 0))
            {
                break;
            }

            var afterAuxiliary = Auxiliaries.Contains(previous);
            if (afterAuxiliary && label.Count == 0)
            {
                return ("", 0, -1); // "has grown to", "could shrink by", "set to expand to": a verb, not what is measured
            }

            if (afterAuxiliary && !previous.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                break; // "could receive funding of": the verb's object is the label
            }

            if (label.Count == 0)
            {
                (head, headAt) = (word, i);
            }

            label.Insert(0, char.IsUpper(word[0]) && i > 0 ? word : lower);
            first = i;
            if (afterAuxiliary)
            {
                break; // "compares prices to corporate earnings hit 34": the noun after "to" is read as a preposition's object below
            }
        }

        while (label.Count > 0 && label[0] is "of" or "in")
        {
            label.RemoveAt(0);
            first++;
        }

        if (label.Count == 0 || Vague.Contains(label[^1]) || (IsName(head) && headAt > 0))
        {
            return ("", 0, -1);
        }

        var start = words[first].Index;

        // "bringing the total in the city to 879": "city" is where the total was counted, not what
        // the number measures (the total, which says nothing alone); likewise "the median for the
        // ratio is 16". "At a height of 5,900 meters" still reads: "at" follows no such noun.
        var preceding = words.Where(w => w.Index < start).Select(w => w.Value.ToLowerInvariant()).ToList();
        while (preceding.Count > 0 && (Determiners.Contains(preceding[^1]) || preceding[^1] is "all" or "some"))
        {
            preceding.RemoveAt(preceding.Count - 1);
        }

        if (preceding.Count > 1 && Prepositions.Contains(preceding[^1]) && (Vague.Contains(preceding[^2]) || preceding[^2] is "median" or "average" or "mean"))
        {
            return ("", 0, -1);
        }

        // Before a verb or "to", the measured thing is the subject: a noun after a preposition is where or of what.
        // "Of", "at" and "worth" join a measure to its noun ("at a height of 5,900 meters", "with bond set at $45,100",
        // "a payment on a home worth $208,700").
        if (connector is not ("of" or "at" or "worth") && preceding.Count > 0 && ObjectPrepositions.Contains(preceding[^1]))
        {
            return ("", 0, -1);
        }

        // The label is the measured thing as the source names it ("painting" of "a painting valued at"), without the
        // quotation marks around it ("'breakeven load factor' of 77%"; a plural's possessive "Kors'" keeps its mark).
        var figureStart = -1;
        if (headAt == end - 1 && !valued && StatesLevel(connector, standing, preceding))
        {
            // The label's own words, then the link, then the figure: the value is the figure with its qualifier.
            figureStart = words[^1].Index + words[^1].Length;
            while (figureStart < before.Length && char.IsWhiteSpace(before[figureStart]))
            {
                figureStart++;
            }
        }

        return (Capitalise(string.Join(' ', label.Select(Unquoted))), start, figureStart);
    }

    /// <summary>
    /// Whether the measured thing, the link and the number say the thing's level: a copula or "reached" ("the total number
    /// of confirmed cases is 1,597", "the true death toll was over 50,000"), "stood at" or a bare "at" after the noun ("with
    /// bond set at $45,100"), or "to" after a verb that brings a total to its figure (<see cref="TotalVerbs"/>). "Of" and
    /// "worth" join a measure to its noun ("the age of 87", "a death toll of 134,000"); that phrase reads whole and stays.
    /// </summary>
    /// <param name="preceding">The words before the label, lower case, the determiners next to it removed.</param>
    private static bool StatesLevel(string connector, bool standing, List<string> preceding) =>
        standing || connector is "is" or "was" or "were" or "are" or "reached" or "at"
        || (connector == "to" && preceding.LastOrDefault(w => !TotalWords.Contains(w)) is { } verb && TotalVerbs.Contains(verb));

    /// <summary>
    /// The links after which a key-fact row's value is the figure alone, its label the words right before the link
    /// (<see cref="StatesLevel"/>): the row "label: value" is the source phrase "label link value". Read by the story lint.
    /// </summary>
    internal static readonly FrozenSet<string> FigureLinks = FrozenSet.ToFrozenSet(
        ["to", "is", "was", "were", "are", "at", "reached", "stood at", "stands at", "standing at"], StringComparer.Ordinal);

    /// <summary>Verbs before "at" that say where a level stands ("the death toll stood at 66"): the bare number is no age or clock.</summary>
    private static readonly FrozenSet<string> StandingVerbs = FrozenSet.ToFrozenSet(["stood", "stands", "standing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that bring a total or a level to the figure after "to" ("taking the total number of coronavirus deaths to
    /// 30,076", "bringing the region's total death toll to 66", "increasing the country's total of deaths to 20", "lifted
    /// its base rate to 4.75%"): the figure is what the thing now stands at. Read in the session 15 rows of the real
    /// feeds; verbs of a cap, a plan or a rate ("limit the population of barangays to 15,000", "ramps up coronavirus
    /// testing to 40,000 a day", "slashing the maximum load factor to 62%") are not in it, and those rows keep their phrase.
    /// </summary>
    private static readonly FrozenSet<string> TotalVerbs = FrozenSet.ToFrozenSet(
    [
        "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took", "push", "pushes", "pushing", "pushed", "raise",
        "raises", "raising", "raised", "increase", "increases", "increasing", "increased", "lift", "lifts", "lifting", "lifted",
    ], StringComparer.Ordinal);

    /// <summary>Adjectives of a total between its verb and the label ("bringing the TOTAL number of infected police officers to 105", the label cut at five words).</summary>
    private static readonly FrozenSet<string> TotalWords = FrozenSet.ToFrozenSet(
        ["total", "overall", "cumulative", "combined", "a", "an", "the", "its", "their", "his", "her", "our"], StringComparer.Ordinal);

    /// <summary>Words after a figure that make it a difference from something else ("the neighbouring school is 600 under", "was 5% up on"): no row.</summary>
    private static readonly FrozenSet<string> DifferenceWords = FrozenSet.ToFrozenSet(
        ["under", "over", "above", "below", "short", "behind", "ahead", "more", "less", "fewer", "higher", "lower", "up", "down"], StringComparer.Ordinal);

    private static string Unquoted(string word) =>
        word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] is not ('s' or 'S') ? word[..^1] : word;

    private static bool IsLabelWord(string lower) =>
        lower.Length > 1 && char.IsLetter(lower[0]) && !WriterStopWords.Words.Contains(lower) && !Stops.Contains(lower)
        && !Connectors.Contains(lower) && !lower.EndsWith("ly", StringComparison.Ordinal) && !NumberWords.Contains(lower);

    /// <summary>Numbers and how often, in words: never what a figure counts ("15% twice and 4% three or more times" gave the rows "Twice" and "Three").</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
    [
        "once", "twice", "thrice", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "times", "fold",
    ], StringComparer.Ordinal);

    /// <summary>Prepositions: a noun after one and a vague noun is where or of what ("the total in the city to 879", "the median for the ratio is 16"), not the thing measured.</summary>
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "of", "for", "at", "on", "from", "with", "by", "into", "across", "among", "within"], StringComparer.Ordinal);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
