using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Text;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>Surface features of a sentence: names, numbers, quotation, attribution, future tense.</summary>
internal static partial class SentenceFeatures
{
    /// <summary>Verbs and phrases that attribute a statement to a speaker (news style).</summary>
    private static readonly string[] AttributionMarkers =
    [
        " said", " says", " told ", " according to ", " stated", " added", " explained", " wrote", " tweeted",
        " announced", " confirmed", " insisted", " argued", " noted", " warned", " claimed", " asked",
    ];

    /// <summary>French and German verbs and phrases of attribution (news usage): "a déclaré", "selon", "sagte", "laut".</summary>
    private static readonly Dictionary<string, string[]> AttributionElsewhere = new(StringComparer.Ordinal)
    {
        ["fr"] =
        [
            " a déclaré", " a dit", " a indiqué", " a affirmé", " a précisé", " a expliqué", " a ajouté", " a souligné", " a annoncé",
            " a assuré", " a estimé", " a confirmé", " a averti", " ont déclaré", " ont indiqué", " ont affirmé", " selon ", " déclare",
            " indique", " affirme", " explique", " précise", " a-t-il", " a-t-elle", " ont-ils", " ont-elles",
        ],
        ["de"] =
        [
            " sagte", " sagt ", " sagten", " erklärte", " erklärt ", " betonte", " teilte", " berichtete", " kündigte", " warnte",
            " bestätigte", " versicherte", " laut ", " zufolge", " so ",
        ],
    };

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "mr", "mrs", "ms",
        "dr", "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "this", "that",
    ]);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[\p{L}][\p{L}'\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>
    /// Sentences whose reading is remembered (<see cref="TextMemo{T}"/>): a story is rewritten each
    /// time it grows, from mostly the same articles, so most of its sentences were read before.
    /// </summary>
    internal const int RememberedSentences = 20_000;

    private static readonly TextMemo<Reading> Readings = new(RememberedSentences, key => Read(key[(key.IndexOf(LanguageEnd) + 1)..], key[..key.IndexOf(LanguageEnd)]));

    /// <summary>Ends the language that prefixes a remembered sentence's key (the reading of what comes next is the language's).</summary>
    private const char LanguageEnd = '\u0001';

    /// <param name="sameDay">Whether the article was written on the story's date, so that "this morning" or "yesterday" in it means what the dateline says.</param>
    /// <param name="insideQuotation">Whether the sentence lies inside a quotation opened in an earlier sentence (<see cref="QuotationState"/>): the middle of someone's words, never usable on its own.</param>
    /// <param name="language">The story's language (ISO 639-1), in which the sentence says what comes next.</param>
    public static SourceSentence Describe(int article, int position, string text, bool sameDay = true, bool insideQuotation = false, string language = "en")
    {
        var reading = Readings.Get(language + LanguageEnd + text);
        var readable = reading.Readable && (sameDay || !reading.NamesRelativeDay) && !insideQuotation;
        return new SourceSentence
        {
            Article = article,
            Position = position,
            Text = text,
            Words = reading.Words,
            Terms = reading.Terms,
            Names = reading.Names,
            Numbers = reading.Numbers,
            IsQuote = reading.IsQuote || insideQuotation,
            QuotesInPassing = reading.IsQuote && !insideQuotation && reading.InPassing,
            IsAttributed = reading.IsAttributed,
            IsFuture = reading.IsFuture,
            IsFurniture = reading.IsFurniture,
            ReadsInQuotation = reading.ReadsInQuotation && (sameDay || !reading.NamesRelativeDay),
            Usable = readable && reading.SelfContained,
            Dependent = readable && !reading.SelfContained,
        };
    }

    /// <summary>What a sentence's text alone says about it, whatever article and place it has (immutable, so it can be shared).</summary>
    private sealed record Reading(
        int Words, IReadOnlyList<string> Terms, IReadOnlyList<string> Names, IReadOnlyList<string> Numbers,
        bool IsQuote, bool IsAttributed, bool IsFuture, bool IsFurniture, bool Readable, bool NamesRelativeDay, bool SelfContained, bool InPassing,
        bool ReadsInQuotation);

    private static Reading Read(string text, string language)
    {
        var words = Tokens.CountWords(text);
        var padded = " " + text.ToLowerInvariant() + " ";
        var isQuote = text.Contains('"') || text.Contains('\u201c') || text.Contains('\u201d') || text.Contains('\u201e') || text.Contains('\u00ab');
        var attributed = (AttributionElsewhere.TryGetValue(language, out var markers) ? markers : AttributionMarkers).Any(padded.Contains);
        var furniture = SentenceFilters.IsBoilerplate(text);
        var readable = SentenceFilters.HasReadableLength(words)
            && !furniture
            && SentenceFilters.EndsAsSentence(text)
            && SentenceFilters.StartsAsSentence(text)
            && !SentenceFilters.IsOwnQuestion(text)
            && !SentenceFilters.IsFragment(text)
            && !Teasers.Is(text)
            && BalancedQuotes(text)
            && !(attributed is false && (SentenceFilters.InPageVoice(text) || (language == Languages.Default && (SentenceFilters.SpeaksInFirstPerson(text) || SentenceFilters.SpeaksToReader(text)))));
        // As one sentence of a quotation that runs over several, the speaker's own words: its marks
        // open or close the quotation, and its first person is the speaker's.
        var readsInQuotation = words is >= MinQuotedWords and <= SentenceFilters.MaxWords && !furniture
            && SentenceFilters.EndsAsSentence(text) && SentenceFilters.StartsAsSentence(text) && !Teasers.Is(text);
        var pronounSpeaker = SentenceFilters.AttributedToPronoun(text);
        var inPassing = isQuote && QuotesInPassing(text);
        var selfContained = SentenceFilters.PointsAtNothingBefore(text) && !pronounSpeaker && (!isQuote || attributed || inPassing);
        return new Reading(
            words, Tokens.Terms(text).AsReadOnly(), Names(text).AsReadOnly(), Numbers(text).AsReadOnly(),
            isQuote, attributed, WhatComesNext.Says(text, language), furniture, readable, SentenceFilters.NamesRelativeDay(text), selfContained, inPassing,
            readsInQuotation);
    }

    /// <summary>Fewest words of one sentence of a quotation that runs over several ("It's over.").</summary>
    internal const int MinQuotedWords = 2;

    /// <summary>True when the reporting itself (not a quotation in it) speaks of the future in English (<see cref="WhatComesNext"/>).</summary>
    public static bool SaysWhatComesNext(string text) => WhatComesNext.Says(text, "en");

    /// <summary>Capitalised words after the first word, lowercased: the names and places of the sentence.</summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var first = true;
        foreach (Match m in WordPattern().Matches(text))
        {
            var word = m.Value;
            if (!first && char.IsUpper(word[0]) && word.Length > 1 && !NotNames.Contains(word.ToLowerInvariant()))
            {
                names.AddRange(Tokenizer.Words(word)); // "Keller-Sutter" -> keller, sutter: as the evidence holds words
            }

            first = false;
        }

        return names;
    }

    /// <summary>The numbers of a text, thousands separators removed ("15,000" -> "15000").</summary>
    public static List<string> Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => NormaliseNumber(m.Value)).ToList();

    public static string NormaliseNumber(string number) =>
        number.TrimEnd('.', ',').Replace(",", "", StringComparison.Ordinal);

    /// <summary>Most of a sentence's words that may stand in quotation marks while the sentence still reports in the writer's voice.</summary>
    internal const double MaxQuotedInPassing = 0.5;

    [GeneratedRegex(@"[""\u201c\u201e\u00ab][^""\u201c\u201d\u201e\u00ab\u00bb]*[""\u201d\u201c\u00bb]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpan();

    /// <summary>
    /// True when a sentence quotes only in passing: it opens in the writer's voice, not with a
    /// quotation mark, and less than <see cref="MaxQuotedInPassing"/> of its words are quoted ("The
    /// city clerk has resigned with a blistering e-mail wishing the city luck in finding a
    /// “schmuck”"; "Banks welcomes any help "to stop the shooting.""). Such a sentence is reporting,
    /// not a quotation cut from its speaker, and reads alone.
    /// </summary>
    public static bool QuotesInPassing(string text)
    {
        var core = text.TrimStart('(', '[', ' ', '\u00a0');
        if (core.Length == 0 || core[0] is '"' or '\'' or '\u201c' or '\u2018' or '\u201e' or '\u00ab' || !BalancedQuotes(text))
        {
            return false;
        }

        var quoted = QuotedSpan().Matches(text).Sum(m => Tokens.CountWords(m.Value));
        return quoted < MaxQuotedInPassing * Math.Max(1, Tokens.CountWords(text));
    }

    /// <summary>
    /// A sentence cut in the middle of a quotation cannot stand alone. German opens with „ and closes
    /// with “ (or ”): there the three marks pair up; French guillemets pair « with ».
    /// </summary>
    private static bool BalancedQuotes(string text)
    {
        var straight = text.Count(c => c == '"');
        var open = text.Count(c => c == '\u201c');
        var close = text.Count(c => c == '\u201d');
        var low = text.Count(c => c == '\u201e');
        var guillemets = text.Count(c => c == '\u00ab') == text.Count(c => c == '\u00bb');
        return straight % 2 == 0 && guillemets && (low > 0 ? (low + open + close) % 2 == 0 && low == open + close : open == close);
    }
}
