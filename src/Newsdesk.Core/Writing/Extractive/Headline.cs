using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>The headline: the source headline closest to what all the articles say, tightened.</summary>
internal static partial class Headline
{
    /// <summary>Score taken off a headline holding a number the outlets dispute.</summary>
    internal const double DisputedPenalty = 1.0;

    /// <summary>Longer headlines are cut at a word boundary to this many words.</summary>
    internal const int MaxWords = 16;

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

    public static string Choose(StoryCorpus corpus, string fallback, IReadOnlyCollection<string>? disputedNumbers = null)
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
            var words = Tokens.CountWords(title);
            if (words < 3)
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

        return best ?? FirstClause(fallback);
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
        return Cut(title.TrimEnd('.'));
    }

    /// <summary>Stories without source headlines: the lede's first clause, tightened.</summary>
    private static string FirstClause(string lede)
    {
        var clause = lede.Split([", ", "; ", " \u2014 ", " - "], 2, StringSplitOptions.None)[0].TrimEnd('.');
        return Cut(Tokens.CountWords(clause) >= 4 ? clause : lede.TrimEnd('.'));
    }

    /// <summary>Headlines longer than this are cut before a preposition or conjunction past <see cref="MinCutWords"/>.</summary>
    internal const int TightenAboveWords = 12;

    /// <summary>A cut headline keeps at least this many words.</summary>
    internal const int MinCutWords = 6;

    private static readonly HashSet<string> CutBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "after", "during", "as", "while", "when", "from", "amid", "near", "over", "but", "because", "since", "which", "who",
    };

    private static string Cut(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > TightenAboveWords)
        {
            var at = Enumerable.Range(MinCutWords, words.Length - MinCutWords).FirstOrDefault(i => CutBefore.Contains(words[i]));
            if (at > 0)
            {
                words = words[..at];
            }
        }

        return string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':');
    }
}
