using Newsdesk.Articles;

namespace Newsdesk.Text;

/// <summary>
/// What one input may cost, at most, applied where input enters (the feed-item-to-article step,
/// the stage tools' readers) and as a guard at the writer's and verifier's entry points: every
/// article is cleaned of markup (<see cref="MarkupDebris"/>) and cut to these bounds before any
/// expensive work. A cut is documented here; an input that cannot be cut sensibly (too many
/// articles, too many bytes) is a clear error. The numbers are far above real news: the longest
/// article of the bench sets is about 60,000 characters and 700 sentences.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters of article text read before cleaning: the cleaning itself is bounded by it.</summary>
    public const int MaxRawTextChars = 1_000_000;

    /// <summary>Characters of article text kept after cleaning; the rest is cut at a sentence end.</summary>
    public const int MaxArticleTextChars = 200_000;

    /// <summary>
    /// Characters of one sentence; a run-on "sentence" is cut at a space before it and the rest of it
    /// dropped (up to its end), so one hostile paragraph cannot cost a writer or verifier seconds.
    /// The same bound as the splitter's (<see cref="Sentences.MaxSentenceChars"/>).
    /// </summary>
    public const int MaxSentenceChars = Sentences.MaxSentenceChars;

    /// <summary>Sentences of one article kept; the rest is cut.</summary>
    public const int MaxSentencesPerArticle = 2_000;

    /// <summary>Characters of a title (or author, outlet, id, URL): a longer one is cut at a space.</summary>
    public const int MaxFieldChars = 1_000;

    /// <summary>Articles one story may hold (write, verify): more is a clear error, checked before the articles are read.</summary>
    public const int MaxArticlesPerStory = 500;

    /// <summary>
    /// Bytes of one JSON input of a stage tool (write, verify): checked before the document is parsed.
    /// Room for <see cref="MaxArticlesPerStory"/> articles of 80,000 characters (the longest bench
    /// article has about 60,000). The document is parsed whole, a long string built before it is cut:
    /// a write at this cap peaks under 300 MB (session 7: 223 MB at 32 MB, 331 MB at 50 MB, 409 MB at
    /// the former 64 MB cap).
    /// </summary>
    public const long MaxJsonInputBytes = 40L * 1024 * 1024;

    /// <summary>The marker put where a run-on sentence or a field was cut.</summary>
    public const string CutMark = "…";

    /// <summary>The article cleaned of markup and cut to the bounds above.</summary>
    public static Article Bound(Article article) => article with
    {
        Id = Field(article.Id, clean: false),
        Url = Field(article.Url, clean: false),
        Source = Field(article.Source),
        Title = Field(article.Title),
        Text = Text(article.Text),
    };

    /// <summary>Every article bounded; more than <see cref="MaxArticlesPerStory"/> are cut to the first that many.</summary>
    public static IReadOnlyList<Article> Bound(IReadOnlyList<Article> articles)
    {
        var bounded = new List<Article>(Math.Min(articles.Count, MaxArticlesPerStory));
        foreach (var article in articles.Take(MaxArticlesPerStory))
        {
            bounded.Add(Bound(article));
        }

        return bounded;
    }

    /// <summary>A short field (title, author, outlet): markup removed, one line, cut at <see cref="MaxFieldChars"/>.</summary>
    public static string Field(string? value, bool clean = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }

        var text = value.Length > MaxRawTextChars ? value[..MaxRawTextChars] : value;
        text = clean ? MarkupDebris.Clean(text).ReplaceLineEndings(" ") : text;
        return text.Length <= MaxFieldChars ? text : CutAtSpace(text, MaxFieldChars);
    }

    /// <summary>
    /// Article text: cut to <see cref="MaxRawTextChars"/>, cleaned of markup, every run-on sentence
    /// cut to <see cref="MaxSentenceChars"/>, then cut after <see cref="MaxSentencesPerArticle"/>
    /// sentences or <see cref="MaxArticleTextChars"/> characters. One pass over the text.
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = MarkupDebris.Clean(value.Length > MaxRawTextChars ? value[..MaxRawTextChars] : value);
        var output = new System.Text.StringBuilder(Math.Min(text.Length, MaxArticleTextChars));
        var sentences = 0;
        var start = 0;
        for (var i = 0; i <= text.Length && sentences < MaxSentencesPerArticle; i++)
        {
            var end = i == text.Length || IsSentenceEnd(text, i);
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] != '\n' ? i + 1 : i;
            var sentence = text.AsSpan(start, stop - start);
            if (sentence.Length > MaxSentenceChars)
            {
                sentence = CutAtSpace(sentence.ToString(), MaxSentenceChars).AsSpan();
            }

            if (output.Length + sentence.Length > MaxArticleTextChars)
            {
                break;
            }

            output.Append(sentence);
            if (i < text.Length && text[i] == '\n')
            {
                output.Append('\n');
            }

            sentences += sentence.IsWhiteSpace() ? 0 : 1;
            start = i < text.Length && text[i] == '\n' ? i + 1 : stop;
        }

        return output.ToString().Trim();
    }

    /// <summary>Sentence ends for bounding (not for splitting: <see cref="Sentences"/> does that): a terminator before a space, or a line break.</summary>
    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static string CutAtSpace(string text, int limit)
    {
        var space = text.LastIndexOf(' ', limit - 1, Math.Min(limit, limit / 2));
        return text[..(space > 0 ? space : limit - 1)].TrimEnd() + CutMark;
    }
}
