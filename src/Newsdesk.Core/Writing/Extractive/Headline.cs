using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing.Text;


namespace Newsdesk.Writing.Extractive;

/// <summary>The headline: the source headline closest to what all the articles say, tightened.</summary>
internal static partial class Headline
{
    /// <summary>Score taken off a headline holding a number the outlets dispute.</summary>
    internal const double DisputedPenalty = 1.0;

    [GeneratedRegex(@"\s+[|\-\u2013\u2014:]\s+[^|\-\u2013\u2014:]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffix();

    [GeneratedRegex(@"^(breaking|update|updated|watch|video|live|exclusive|photos|opinion|analysis)\s*[:|\-\u2013\u2014]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kicker();

    [GeneratedRegex(@"\b(warning|warnings|warns|forecast|forecasts|expected|nears|nearing|approaches|approaching|braces|bracing|prepares|preparing|looms|heads for|set to|poised to|due to|will)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooksAheadCue();

    /// <summary>Headlinese future, "Brightloop to cut 600 jobs": "to" and a verb with no past-tense verb before it ("smashed window to free" is a purpose).</summary>
    [GeneratedRegex(@"^(?:(?!\b\w+ed\b).)*?\bto (?!the\b|a\b|an\b)[a-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineseFuture();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    public static string Choose(StoryCorpus corpus, string fallback, IReadOnlyCollection<string>? disputedNumbers = null) =>
        Choose(corpus, [fallback], disputedNumbers);

    /// <summary>
    /// The source headline closest to what the articles say (cleaned, whole), else a whole main
    /// clause of at most <see cref="MaxClauseWords"/> words from the first of <paramref name="fallback"/>
    /// (the lede, then the story's best sentences) that has one.
    /// </summary>
    public static string Choose(StoryCorpus corpus, IEnumerable<string> fallback, IReadOnlyCollection<string>? disputedNumbers = null)
    {
        // A headline that announces what is to come, from a report newer reports have overtaken
        // ("amber wind warning for the coast on Wednesday" once outlets report the damage), is
        // passed over while another headline is left.
        var current = Enumerable.Range(0, corpus.Articles.Count)
            .Except(Freshness.Overtaken(corpus).Where(i => LooksAhead(corpus.Articles[i])))
            .ToHashSet();
        string? best = null;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            if (corpus.OffTopic.Contains(i) || (current.Count > 0 && !current.Contains(i)))
            {
                continue;
            }

            var title = Tighten(corpus.Articles[i]);
            if (!IsWholeTitle(title))
            {
                continue;
            }

            var score = Vectors.Cosine(Vectors.TfIdf(Tokens.Terms(title), corpus.Idf), corpus.Centroid);
            if (disputedNumbers is { Count: > 0 } && SentenceFeatures.Numbers(title).Any(disputedNumbers.Contains))
            {
                score -= DisputedPenalty; // a headline does not take sides where outlets disagree
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = title;
            }
        }

        return best ?? FromText(fallback);
    }

    /// <summary>Source headlines longer than this are not used whole; none is ever cut.</summary>
    internal const int MaxTitleWords = 20;

    /// <summary>A headline made from a sentence: at most this many words...</summary>
    internal const int MaxClauseWords = 14;

    /// <summary>...and at least this many.</summary>
    internal const int MinClauseWords = 4;

    /// <summary>
    /// When no sentence has a main clause of <see cref="MaxClauseWords"/> words, a longer whole clause
    /// of at most this many is taken rather than no headline (and no story): a long headline is
    /// still whole ("Sylvester Stallone suggested on Sunday that he was not interested in taking a
    /// top arts leadership role in the Trump administration", 21 words).
    /// </summary>
    internal const int MaxLongClauseWords = 24;

    /// <summary>A title a reader can take as a headline: 3..<see cref="MaxTitleWords"/> words, not furniture, not cut off.</summary>
    internal static bool IsWholeTitle(string title)
    {
        var words = Tokenizer.Words(title);
        return words.Count >= 3 && Tokens.CountWords(title) <= MaxTitleWords && !Furniture.Is(title)
            && !SentenceFilters.IsBoilerplate(title) && !Clauses.Dangling.Contains(words[^1])
            && !title.EndsWith("...", StringComparison.Ordinal) && !title.EndsWith('\u2026');
    }

    /// <summary>
    /// The first whole main clause of the sentences (see <see cref="MainClause"/>); else the first
    /// whole main clause of up to <see cref="MaxLongClauseWords"/> words (long sentences rarely have a
    /// shorter one: "Obama administration officials have said their motivation for a long-term debt
    /// ceiling raise is not political"); else the first short whole sentence that could stand as a headline (<see cref="IsWholeSentence"/>); else ""
    /// (nothing a reader could take as a headline: the story is not written). Never cut.
    /// </summary>
    internal static string FromText(IEnumerable<string> sentences)
    {
        var list = sentences.Where(s => s.Length > 0).ToList();
        return list.Select(s => MainClause(s)).FirstOrDefault(c => c.Length > 0)
            ?? list.Select(s => MainClause(s, MaxLongClauseWords)).FirstOrDefault(c => c.Length > 0)
            ?? list.Where(IsWholeSentence).Select(s => s.TrimEnd('.')).FirstOrDefault()
            ?? "";
    }

    /// <summary>
    /// A sentence that can stand whole as a headline: at most <see cref="MaxTitleWords"/> words, a
    /// finite verb, capitalised, balanced quotation marks and brackets, not a quotation, not
    /// furniture, not pointing back or in the first person. ("You're welcome!" at the end of a
    /// video blurb, "To win public support" over a quoted speech, or the first sentence of a
    /// quotation that runs on are not headlines.)
    /// </summary>
    internal static bool IsWholeSentence(string sentence)
    {
        var text = Regex.Replace(sentence, @"\s+", " ").Trim();
        var words = Tokenizer.Words(text);
        return words.Count >= MinClauseWords && Tokens.CountWords(text) <= MaxTitleWords && char.IsUpper(text[0])
            && Clauses.HasFiniteVerb(words) && !Clauses.Introducers.Contains(words[0])
            && !text.Contains('"', StringComparison.Ordinal) && !text.Contains('\u201c', StringComparison.Ordinal) && !text.Contains('\u201d', StringComparison.Ordinal)
            && text.Count(c => c == '(') == text.Count(c => c == ')')
            && !Furniture.Is(text) && !SentenceFilters.IsBoilerplate(text)
            && !SentenceFilters.OpensWithBackReference(text) && !SentenceFilters.OpensInFirstPerson(text);
    }

    /// <summary>"Police said after the mother found the texts": what follows is a subordinate clause; the main one comes after the comma.</summary>
    [GeneratedRegex(@"\b(?:said|says|say|told\s+\w+)\s+(?:after|when|that|if|because|while|before|as|since|once)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateAfterSaid();

    /// <summary>More than this share of a clause's words capitalised is a run of headings or names, not a sentence's clause.</summary>
    internal const double MaxCapitalisedShare = 0.6;

    private static bool TitleCase(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w[0])) > MaxCapitalisedShare * words.Count;
    }

    /// <summary>Where a main clause may end inside a sentence: before a comma, a semicolon, a colon or a dash.</summary>
    private static readonly string[] ClauseEnds = [", ", "; ", ": ", " \u2014 ", " \u2013 ", " - ", " -- "];

    /// <summary>
    /// The sentence's main clause as a headline: the whole sentence, or the text up to the first
    /// comma, semicolon, colon or dash, when it has <see cref="MinClauseWords"/>..<see cref="MaxClauseWords"/>
    /// words, holds a finite verb, opens with neither an introductory word ("For", "After", "When"),
    /// a quotation nor a word pointing back, and ends on no word that needs more after it; "" otherwise.
    /// </summary>
    internal static string MainClause(string sentence, int maxWords = MaxClauseWords)
    {
        var text = Regex.Replace(sentence, @"\s+", " ").Trim().TrimEnd('.', '!', '?').Trim();
        var cut = ClauseEnds.Select(e => text.IndexOf(e, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        if (cut < text.Length && text[cut] == ',' && !Clauses.CompleteBeforeComma(text[(cut + 1)..]))
        {
            cut = text.Length; // an appositive, not the end of the clause
        }

        var adjunct = Regex.Matches(text[..cut], @"\s(?=(?:" + string.Join('|', Clauses.AdjunctOpeners) + @")\s)").Select(m => m.Index)
            .Where(i => i > 0 && !text[..i].Contains(',', StringComparison.Ordinal)); // never inside an unfinished appositive
        foreach (var clause in new[] { text[..cut], text }.Concat(adjunct.Select(i => text[..i])).Distinct())
        {
            var words = Tokenizer.Words(clause);
            var count = Tokens.CountWords(clause);
            if (count < MinClauseWords || count > maxWords || words.Count == 0 || !char.IsUpper(clause[0])
                || Clauses.Introducers.Contains(words[0]) || Clauses.Dangling.Contains(words[^1]) || !Clauses.HasFiniteVerb(words)
                || clause.Count(c => c == '"') % 2 != 0 || clause.Count(c => c == '\u201c') != clause.Count(c => c == '\u201d')
                || clause.Count(c => c == '(') != clause.Count(c => c == ')')
                || TitleCase(clause) || (clause.Length < text.Length && SubordinateAfterSaid().IsMatch(clause)) || Furniture.Is(clause) || SentenceFilters.IsBoilerplate(clause) || SentenceFilters.OpensWithBackReference(clause) || SentenceFilters.OpensInFirstPerson(clause))
            {
                continue;
            }

            return clause;
        }

        return "";
    }

    /// <summary>
    /// Whether a headline looks ahead: a warning, a forecast, "nears", headlinese "X to do Y",
    /// "will", or a weekday after the day the article was published ("... on Wednesday" in
    /// Tuesday's paper).
    /// </summary>
    internal static bool LooksAhead(Article article)
    {
        var title = Tighten(article);
        if (LooksAheadCue().IsMatch(title) || HeadlineseFuture().IsMatch(title))
        {
            return true;
        }

        if (article.Published is not { } published)
        {
            return false;
        }

        return Weekday().Matches(title).Any(m =>
            Enum.TryParse<DayOfWeek>(m.Value, out var day) && day != published.UtcDateTime.DayOfWeek
            && ((7 + (int)day - (int)published.UtcDateTime.DayOfWeek) % 7) <= 3);
    }

    /// <summary>The title without the outlet's name, a kicker ("BREAKING:") or a trailing full stop.</summary>
    public static string Tighten(Article article)
    {
        var title = Regex.Replace(article.Title, @"\s+", " ").Trim();
        if (article.Source.Length > 0 && title.EndsWith(article.Source, StringComparison.OrdinalIgnoreCase))
        {
            title = title[..^article.Source.Length].TrimEnd(' ', '-', '|', ':', '\u2013', '\u2014');
        }

        title = OutletSuffix().Replace(title, m => Tokens.CountWords(m.Value) <= 4 ? "" : m.Value);
        title = Kicker().Replace(title, "");
        return title.TrimEnd('.').Trim();
    }

}
