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
        "official", "years", "months", "weeks", "days", "hours", "minutes",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a label: prepositions, conjunctions and such (beyond the stop words).</summary>
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
    [
        "around", "across", "near", "within", "without", "among", "behind", "beyond", "toward", "towards", "against", "since",
        "than", "who", "which", "that", "whose", "where", "when", "while", "after", "before", "during", "including", "last",
        "next", "this", "each", "every", "per", "a", "an", "the", "its", "their", "his", "her", "our", "another",
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
            if (PartOfName(sentence, m.Index))
            {
                continue; // "Channel 11 News", "Apollo 11": a name, not a figure
            }

            var (label, labelEnd) = (scale.Length == 0 && measure.Length == 0) || measure.Trim() is "crown" or "dollar" or "euro" or "pound" || scale.Trim() is "%" or "percent" or "per cent"
                ? Counted(rest)
                : ("", 0);
            var start = QualifiedStart(sentence, m.Index);
            var end = numberEnd + labelEnd;
            if (label.Length == 0)
            {
                (label, var labelStart) = Measured(sentence[..m.Index]);
                start = Math.Min(start, labelStart);
                end = numberEnd;
            }

            if (label.Length > 0 && scale.Length == 0 && measure.Length == 0 && char.IsDigit(raw[0]) && end > numberEnd && !CountsThings(digits, sentence[numberEnd..end]))
            {
                continue; // "911 call", "3100 block", "5 Freeway", "21 year old": a number that names or locates, not a count
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
            || (next.Success && next.Index <= 1 && TimeWords.Contains(next.Value.TrimEnd('.')))
            || after.StartsWith("-year", StringComparison.Ordinal)
            || (next.Success && next.Value.Equals("years", StringComparison.OrdinalIgnoreCase) && after[(next.Index + next.Length)..].TrimStart().StartsWith("old", StringComparison.OrdinalIgnoreCase));
    }

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

            if (label.Count >= 2 || !IsLabelWord(lower) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)
                || Weekdays.Contains(lower) || DateWords.Contains(lower))
            {
                break;
            }

            label.Add(char.IsUpper(word[0]) ? word : lower);
            end = matches[i].Index + matches[i].Length;
        }

        // "12 people" counts people; "12 were" counts nothing the reader can see.
        return label.Count == 0 || CountParticiples.Contains(label[0]) || Vague.Contains(label[^1]) ? ("", 0) : (Capitalise(string.Join(' ', label)), end);
    }

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

    /// <summary>What precedes the number through a connecting word: "a gust of", "its base rate to", "inflation was".</summary>
    private static (string Label, int Start) Measured(string before)
    {
        var text = TrailingQualifiers().Replace(before.TrimEnd() + " ", "").TrimEnd();
        var words = Word().Matches(text).ToList();
        if (words.Count < 2 || !Connectors.Contains(words[^1].Value) || text.Length > words[^1].Index + words[^1].Length)
        {
            return ("", 0);
        }

        var connector = words[^1].Value.ToLowerInvariant();
        var end = words.Count - 1;
        if (connector == "at" && end > 0 && words[end - 1].Value.Equals("valued", StringComparison.OrdinalIgnoreCase))
        {
            end--;
        }

        var label = new List<string>();
        var start = words[end - 1].Index;
        for (var i = end - 1; i >= 0 && label.Count < MaxLabelWords; i--)
        {
            var word = words[i].Value;
            var lower = word.ToLowerInvariant();
            // Stop at punctuation between words: a label never spans a comma.
            var gap = text[(words[i].Index + word.Length)..(i + 1 < words.Count ? words[i + 1].Index : text.Length)];
            if (label.Count == 0 && ChangeVerbs.Contains(lower))
            {
                continue; // "inflation FALLING to 2.6%": the verb is not part of the label
            }

            if (lower.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            if (gap.Any(c => c is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d' or '\u2014' or '\u2013') || !IsLabelWord(lower) && !(lower is "of" or "in" && label.Count > 0))
            {
                break;
            }

            label.Insert(0, char.IsUpper(word[0]) && i > 0 ? word : lower);
            start = words[i].Index;
        }

        while (label.Count > 0 && label[0] is "of" or "in")
        {
            label.RemoveAt(0);
        }

        if (label.Count == 0 || Vague.Contains(label[^1]))
        {
            return ("", 0);
        }

        // "bringing the total in the city to 879": "city" is where the total was counted, not what
        // the number measures (the total, which says nothing alone); likewise "the median for the
        // ratio is 16". "At a height of 5,900 meters" still reads: "at" follows no such noun.
        var preceding = words.Where(w => w.Index < start).Select(w => w.Value.ToLowerInvariant()).ToList();
        while (preceding.Count > 0 && preceding[^1] is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that")
        {
            preceding.RemoveAt(preceding.Count - 1);
        }

        if (preceding.Count > 1 && Prepositions.Contains(preceding[^1]) && (Vague.Contains(preceding[^2]) || preceding[^2] is "median" or "average" or "mean"))
        {
            return ("", 0);
        }

        // The label is the measured thing as the source names it ("painting" of "a painting valued at").
        return (Capitalise(string.Join(' ', label)), start);
    }

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
