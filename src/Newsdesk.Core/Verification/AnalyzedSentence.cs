using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// A sentence read once for checking: its content stems (for overlap), all its stems (for
/// antonyms), its names, numbers, dates and quotations, and whether it is negated.
/// <see cref="NameKeys"/> holds the keys of its capitalised words and of each two adjacent ones
/// ("united states"): a name that is also a common word ("US" and "us") must match one of those.
/// </summary>
internal sealed partial record AnalyzedSentence(
    string Text,
    FrozenSet<string> ContentStems,
    FrozenSet<string> AllStems,
    FrozenSet<string> Keys,
    IReadOnlyList<Token> Names,
    bool TitleCase,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Quotations,
    bool Negated,
    IReadOnlyList<ContentWord> ContentWords,
    FrozenSet<string> NameKeys)
{
    /// <summary>The language it was read in (null: English rules, <see cref="Analyze"/>).</summary>
    public string? Language { get; init; }

    /// <summary>The keys of all its tokens in order (for where a negation stands: <see cref="NegationPlacement"/>).</summary>
    public IReadOnlyList<string> Sequence { get; init; } = [];

    /// <summary>Every number token of the sentence, years included, with what binds it (<see cref="Binding"/>).</summary>
    public IReadOnlyList<NumberSlot> Slots { get; init; } = [];

    /// <summary>Per token: whether it is a name, every occurrence (<see cref="Names"/> holds each name once).</summary>
    public IReadOnlyList<bool> NameAt { get; init; } = [];

    /// <summary>
    /// Per token: whether it is a capitalised stop word that opens the name after it ("New York",
    /// "The White House" mid-sentence): part of the name's run for <see cref="Roles"/> and
    /// <see cref="Exchanges"/>, though no name by itself. At the sentence's start only a word that is
    /// no function word ("New York Times denied", not "In Washington").
    /// </summary>
    public IReadOnlyList<bool> LeadAt { get; init; } = [];

    /// <summary>Stop words that open a sentence as themselves, never as the first word of a name.</summary>
    private static readonly FrozenSet<string> OpeningFunctionWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "and", "but", "or", "if", "when", "after",
        "before", "while", "it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "his", "her", "their", "its", "our",
        "my", "your", "some", "all", "many", "most", "since", "until", "during", "under", "over", "about", "so", "then", "also",
    ], StringComparer.Ordinal);

    /// <summary>Per token: whether a clause mark stands before it (<see cref="Token.AfterClauseMark"/>).</summary>
    public IReadOnlyList<bool> Breaks { get; init; } = [];

    /// <summary>Whether a comma, semicolon, colon, bracket, dash or quotation mark stands before token <paramref name="index"/>.</summary>
    public bool BreakBefore(int index) => index >= 0 && index < Breaks.Count && Breaks[index];

    /// <summary>The days of the calendar it writes ("March 5", "Tuesday, 5 March 2019"; <see cref="Text.CalendarDays"/>).</summary>
    public IReadOnlyList<CalendarDay> CalendarDays { get; init; } = [];

    /// <summary>
    /// The sentence's first word when it is capitalised and not read as a name only because it
    /// opens the sentence ("Lausanne hospitals evacuated"): a content word, no date word, not
    /// already among <see cref="Names"/>. Null otherwise.
    /// </summary>
    public Token? Opening { get; init; }

    /// <summary>The keys of the named speakers the sentence attributes statements to (<see cref="Attribution"/>).</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>Words after which a word is read as a verb form ("was recognized", "to file").</summary>
    private static readonly FrozenSet<string> VerbMarkers = FrozenSet.ToFrozenSet(
    [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "to", "who", "will", "would",
        "can", "could", "may", "might", "should", "did", "does", "do", "it", "they", "he", "she", "we", "i",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised abbreviations that are not names ("YoY"); quarters ("Q3", "4Q") are read as numbers instead.</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(["yoy", "qoq"], StringComparer.Ordinal);

    /// <summary>
    /// Share of capitalised content words at or above which a line (of at least
    /// <see cref="TitleCaseMinWords"/> content words) is title case, a headline whose capitals do not
    /// mark names. Set high: a news sentence full of names ("Hillary Clinton and Bernie Sanders
    /// debated in Brooklyn") still has a lowercase verb, and at 0.6 such sentences had their names
    /// unchecked (issue #16: invented names passed in them).
    /// </summary>
    public const double TitleCaseShare = 0.9;

    /// <summary>Content words a line needs before it can be read as title case.</summary>
    public const int TitleCaseMinWords = 3;

    /// <summary>A negation governs the first <see cref="NegationScopeWords"/> content words within this many tokens after it ("did not [recommend] the plan").</summary>
    public const int NegationScopeTokens = 4;

    /// <summary>How many content words a negation governs.</summary>
    public const int NegationScopeWords = 2;

    /// <summary>
    /// How far after a negation a word of a <em>source</em> still counts as negated when a sentence
    /// negates it (<see cref="ContentWord.NearNegation"/>): a summary drops the source's degree words
    /// ("not overpriced for a remote control" from "not very expensive for a remote control"), which
    /// brings words into its own scope that stand just past the source's. Not past a clause mark, a
    /// clause opener or "and"/"or" ("not guilty to murder and guilty to manslaughter"). The first
    /// content word after a negation in its clause is reached however many function words stand
    /// between: a transcript repeats them ("it's not for the for the e for the elderly", session 16).
    /// </summary>
    public const int SourceNegationReach = 6;

    /// <summary>Words that open another clause: a negation before them does not reach past them ("the venue that is not around that I miss").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
    [
        "that", "which", "who", "whom", "whose", "because", "since", "if", "when", "while", "whereas", "although", "though", "but",
        "i", "you", "he", "she", "we", "they",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether a negation's scope ends before <paramref name="token"/>: at a word opening another
    /// clause. A preposition does not end it: when the negated verb is a paraphrase the sources lack,
    /// its object carries the claim ("does not focus on how users interact": SummEdits' calibration
    /// split lost such catches when it did); nor does a comma ("not a canvas, for stunts" is read as
    /// "not a canvas for stunts").
    /// </summary>
    private static bool EndsNegationScope(Token token) => ClauseOpeners.Contains(token.Key);

    /// <summary>
    /// Sentences whose analysis is remembered (<see cref="TextMemo{T}"/>): a story is verified again
    /// each time it grows, against mostly the same articles, and reading a sentence is the costly
    /// part. Enough for the sources of a few hundred stories being rewritten at once.
    /// </summary>
    public const int RememberedSentences = 20_000;

    private static readonly TextMemo<AnalyzedSentence> Remembered = new(RememberedSentences, text => Read(text, null));

    /// <summary>The sentences of other languages than English, one memo per language (created on first use; the set of languages is fixed).</summary>
    private static readonly FrozenDictionary<string, TextMemo<AnalyzedSentence>> RememberedByLanguage = Languages.Codes
        .Where(l => l != Languages.Default)
        .ToFrozenDictionary(l => l, l => new TextMemo<AnalyzedSentence>(RememberedSentences, text => Read(text, l)), StringComparer.Ordinal);

    /// <summary>
    /// The sentence read for checking (the same text gives the same, immutable, analysis). English (and
    /// a language not told, null) is read with the verifier's light stemmer and English stop list, as
    /// its calibration was fitted; another language with its own Snowball stemmer and stop list
    /// (<see cref="Stemmer"/>, <see cref="StopWords.For"/>), and in German a capitalised word used as
    /// a common noun where it stands ("den Schaden") is no name (<see cref="CommonNouns"/>).
    /// </summary>
    public static AnalyzedSentence Analyze(string text, string? language = null) =>
        language is not null && RememberedByLanguage.TryGetValue(language, out var memo) ? memo.Get(text) : Remembered.Get(text);

    /// <summary>
    /// The text without the mark of a numbered list item that opens it ("3) The document examines
    /// ..."): the item's rank is no number the sentence states.
    /// </summary>
    internal static string WithoutListMarker(string text) => ListMarker().Replace(text, "", 1);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\(?\d{1,2}\)\s+")]
    private static partial System.Text.RegularExpressions.Regex ListMarker();

    /// <summary>The stem the verifier compares in <paramref name="language"/>: the light stem of the base form in English, Snowball's otherwise.</summary>
    public static string StemIn(string key, string? language) =>
        language is null || language == Languages.Default ? Lemmas.Stem(key) : Stemmer.Stem(key, language);

    /// <summary>Whether a key is a stop word to the verifier in <paramref name="language"/> (English's always; the language's own too).</summary>
    private static bool IsStop(string key, string? language) =>
        StopWords.Contains(key) || (language is not null && language != Languages.Default && StopWords.For(language).Contains(key));

    private static AnalyzedSentence Read(string text, string? language)
    {
        var tokens = Tokenizer.Tokenize(WithoutListMarker(text));
        var content = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var negated = false;
        var words = new List<ContentWord>();
        var cueAt = -NegationScopeTokens - 1;
        var reachFrom = -SourceNegationReach - 1;
        var governed = 0;
        var firstAfterCue = false;
        ContentWord? head = null;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var stem = StemIn(token.Key, language);
            keys.Add(token.Key);
            all.Add(stem);
            if (EndsNegationScope(token))
            {
                cueAt = -NegationScopeTokens - 1;
            }

            if (EndsNegationScope(token) || token.AfterClauseMark || token.Key is "and" or "or")
            {
                reachFrom = -SourceNegationReach - 1;
                firstAfterCue = false;
            }

            var cue = Polarity.IsNegation(token) && !Polarity.IsIdiom(token.Key, token.Index + 1 < tokens.Count ? tokens[token.Index + 1].Key : null);
            if (cue)
            {
                negated = true;
                cueAt = token.Index;
                reachFrom = token.Index;
                firstAfterCue = true;
                governed = 0;
                head = null;
            }

            if (!IsStop(token.Key, language) && !cue && token.Key.Length > 1)
            {
                content.Add(stem);
                var previous = token.Index > 0 ? tokens[token.Index - 1].Key : "";
                var verbLike = token.Key.EndsWith("ed", StringComparison.Ordinal) || token.Key.EndsWith("ing", StringComparison.Ordinal)
                    || VerbMarkers.Contains(previous);
                var inScope = token.Index - cueAt <= NegationScopeTokens && governed < NegationScopeWords;
                if (inScope)
                {
                    governed++;
                }

                var word = new ContentWord(stem, token.IsCapitalized && token.Index > 0, verbLike, inScope)
                {
                    Key = token.Key,
                    NearNegation = token.Index - reachFrom <= SourceNegationReach || firstAfterCue,
                    Head = inScope ? head?.Stem ?? stem : null,
                };
                if (inScope && head is null)
                {
                    head = word;
                }

                firstAfterCue = false;

                words.Add(word);
            }
        }

        var names = FindNames(tokens, language, out var titleCase);
        var nameKeys = names.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var nameAt = tokens.Select(t => t.Kind == TokenKind.Word && t.IsCapitalized && nameKeys.Contains(t.Key)).ToArray();
        var leadAt = tokens.Select((t, i) => t.Kind == TokenKind.Word && t.IsCapitalized && IsStop(t.Key, language) && !nameAt[i] && !DateMentions.IsDateWord(t)
            && i + 1 < tokens.Count && nameAt[i + 1] && (i > 0 || !OpeningFunctionWords.Contains(t.Key))).ToArray();
        var opening = tokens.Count > 0 && tokens[0] is { Kind: TokenKind.Word, IsCapitalized: true } first && first.Key.Length > 1 && !IsStop(first.Key, language)
            && !DateMentions.IsDateWord(first) && !nameKeys.Contains(first.Key) && !Polarity.IsNegation(first) && first.Key.All(c => char.IsLetter(c) || c == '-')
            ? first
            : null;
        return new AnalyzedSentence(
            text,
            content.ToFrozenSet(StringComparer.Ordinal),
            all.ToFrozenSet(StringComparer.Ordinal),
            keys.ToFrozenSet(StringComparer.Ordinal),
            names,
            titleCase,
            Newsdesk.Text.Quantities.Find(tokens, k => StemIn(k, language)),
            DateMentions.Find(tokens),
            Quotes.Find(text),
            negated,
            words,
            CapitalKeys(tokens)) { Language = language, Speakers = Attribution.Speakers(tokens), CalendarDays = Newsdesk.Text.CalendarDays.Find(tokens), Slots = NumberSlot.Find(tokens, k => StemIn(k, language)), Sequence = tokens.Select(t => t.Key).ToArray(), NameAt = nameAt, LeadAt = leadAt, Opening = opening, Breaks = tokens.Select(t => t.AfterClauseMark).ToArray() };
    }

    /// <summary>Whether a word is written in capitals or dotted initials ("U.S.", "US"): a name even when its key is a common word.</summary>
    private static bool IsInitialism(Token token) =>
        token.Text.Count(char.IsLetter) >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Keys of the capitalised words, and of each pair of adjacent capitalised words joined by a space.</summary>
    private static FrozenSet<string> CapitalKeys(IReadOnlyList<Token> tokens)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !tokens[i].IsCapitalized)
            {
                continue;
            }

            keys.Add(tokens[i].Key);
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].IsCapitalized)
            {
                keys.Add(tokens[i].Key + " " + tokens[i + 1].Key);

                // "George W. Bush" also holds "George Bush": a middle name or initial may be left out.
                if (i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word && tokens[i + 2].IsCapitalized)
                {
                    keys.Add(tokens[i].Key + " " + tokens[i + 2].Key);
                }
            }
        }

        return keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Capitalised words that are not the sentence's first word, a date word or a stop word; the
    /// first word counts when the next is capitalised too ("Vladimir Putin said"). In a title-case
    /// line a capital does not mark a name: every capitalised word is returned, and
    /// <paramref name="titleCase"/> tells the checker to look it up as any word of the sources.
    /// </summary>
    private static List<Token> FindNames(IReadOnlyList<Token> tokens, string? language, out bool titleCase)
    {
        var words = tokens.Where(t => t.Kind == TokenKind.Word && !IsStop(t.Key, language) && !DateMentions.IsDateWord(t) && t.Key.Length > 1).ToList();
        var names = new List<Token>();
        var commonNouns = CommonNouns.Mark(tokens, language);   // German: "den Schaden" is no name
        titleCase = words.Count >= TitleCaseMinWords && words.Count(t => t.IsCapitalized) >= TitleCaseShare * words.Count;
        if (words.Count == 0)
        {
            return names;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || (IsStop(token.Key, language) && !IsInitialism(token)) || DateMentions.IsDateWord(token)
                || commonNouns[i]
                || NotNames.Contains(token.Key) || Newsdesk.Text.Quantities.IsPeriodKey(token.Key) || (token.Key is "q" or "h" && i > 0 && tokens[i - 1].Kind == TokenKind.Number))
            {
                continue;
            }

            // The first word is a name when a name follows it ("Vladimir Putin"); a quarter is no name
            // ("Company's Q2 revenues" names no company).
            var first = i == 0;
            if (first && !titleCase && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].Kind == TokenKind.Word
                                         && !Newsdesk.Text.Quantities.IsPeriodKey(tokens[i + 1].Key) && !NotNames.Contains(tokens[i + 1].Key)))
            {
                continue;
            }

            if (!names.Exists(n => n.Key == token.Key))
            {
                names.Add(token);
            }
        }

        return names;
    }
}

/// <summary>
/// A content word of a sentence: its stem, whether it is capitalised mid-sentence, whether it
/// reads as a verb form, and whether a negation just before it governs it.
/// </summary>
internal sealed record ContentWord(string Stem, bool Capitalized, bool VerbLike, bool Negated)
{
    /// <summary>The word's key as written (lowercase), before stemming.</summary>
    public string Key { get; init; } = Stem;

    /// <summary>Whether a negation stands up to <see cref="AnalyzedSentence.SourceNegationReach"/> tokens before it in its clause (a source's looser reach).</summary>
    public bool NearNegation { get; init; }

    /// <summary>For a negated word: the stem of the first word its negation governs (itself when it is that word), else null.</summary>
    public string? Head { get; init; }
}

/// <summary>A number token of a sentence (a year too), its key, and the words that bind it: on its left (<see cref="Quantity.Binder"/>) and the word it counts.</summary>
internal sealed record NumberSlot(int Index, string Key, string? Binder, string? Counted)
{
    /// <summary>The direction word right before it ("improved to $3.69", "from $3.41"; <see cref="Quantity.Direction"/>), or null.</summary>
    public string? Direction { get; init; }

    public static IReadOnlyList<NumberSlot> Find(IReadOnlyList<Token> tokens, Func<string, string> stem)
    {
        List<NumberSlot>? slots = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number)
            {
                continue;
            }

            // "a $125 million increase" counts the increase; the scale word is the number's own.
            var next = i + 2 < tokens.Count && NumberWords.Scales.ContainsKey(tokens[i + 1].Key) && !tokens[i + 2].AfterBreak ? i + 2 : i + 1;
            var counted = next < tokens.Count && tokens[next].Kind == TokenKind.Word && !tokens[next].AfterBreak && !StopWords.Contains(tokens[next].Key)
                ? stem(tokens[next].Key)
                : null;
            var binder = Newsdesk.Text.Quantities.BinderOf(tokens, i);
            (slots ??= []).Add(new NumberSlot(i, tokens[i].Key, binder is null ? null : stem(binder), counted) { Direction = Newsdesk.Text.Quantities.DirectionOf(tokens, i) });
        }

        return slots ?? (IReadOnlyList<NumberSlot>)[];
    }
}
