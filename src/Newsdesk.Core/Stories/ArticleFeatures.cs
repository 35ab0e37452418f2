using System.Runtime.InteropServices;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing.Places;

namespace Newsdesk.Stories;

/// <summary>
/// Turns an article into a term vector: words of the title, the lede and the body (each with its
/// weight), named entities found from capitals and the stream's case statistics (boosted, and
/// adjacent names joined into one more term, "time_warner"), weighted by the running IDF.
/// </summary>
/// <summary>What the clusterer knows of one article.</summary>
/// <param name="Vector">All its terms (title, lede, body), weighted.</param>
/// <param name="Names">Its named-entity terms only, weighted the same way.</param>
/// <param name="Language">The language it is written in (ISO 639-1), null when its words do not tell.</param>
/// <param name="NameForms">Its names as written, lowercased and unstemmed, which read alike across languages ("merkel", "paris").</param>
/// <param name="Numbers">The numbers it gives (3 digits or more, years left out; see <see cref="LanguageBridge"/>).</param>
/// <param name="Places">Its names that name a place, each with the place it names (the run of names it came from as written:
/// "los_angel" and "angel" of "Los Angeles County" both name "los angeles county"); see <see cref="PlaceNames"/>.</param>
/// <param name="Repeated">Its terms (words, and adjacent pairs as names are joined) found only in lines its outlet repeats across
/// items (<see cref="OutletLines"/>): a sign-up prompt, a live page's standing advice; a thread link does not count them.</param>
/// <param name="Rubrics">The rubrics before the colon of its title and lede ("RICHARD LITTLEJOHN:"), each as its outlet, its line hash in
/// <see cref="OutletLines"/> and its terms: whether the outlet repeats one is asked again when a later story is linked.</param>
/// <param name="Towns">The towns it places its happening in ("ridgecrest" of "Ridgecrest, Calif."; <see cref="HappeningMarks"/>), null when none or not read.</param>
/// <param name="Times">The times of day it gives ("4:37p"; <see cref="HappeningMarks"/>), null when none or not read.</param>
/// <param name="Outlet">Its outlet, kept when its towns or times are read (they are compared with the same outlet's); null when unknown.</param>
/// <param name="NameSurfaces">Its name terms written otherwise than their term, each with its forms as written, lowercased ("rhode":
/// "rhodes"; joined names "zandra_rhodes"); a name term not among them was written as its term. Read with
/// <see cref="StoryClustererOptions.JoinNamesAsWritten"/>, null otherwise or when none.</param>
/// <param name="Magnitudes">The quake magnitudes it gives ("4.4" of "magnitude 4.4"; <see cref="HappeningMarks"/>), null when none or not read.</param>
internal sealed record ArticleProfile(TermVector Vector, TermVector Names, string? Language = null, IReadOnlySet<string>? NameForms = null, IReadOnlySet<string>? Numbers = null,
    IReadOnlyDictionary<string, string>? Places = null, IReadOnlySet<string>? Repeated = null, IReadOnlyList<Rubric>? Rubrics = null,
    IReadOnlySet<string>? Towns = null, IReadOnlySet<string>? Times = null, string? Outlet = null,
    IReadOnlyDictionary<string, HashSet<string>>? NameSurfaces = null, IReadOnlySet<string>? Magnitudes = null)
{
    /// <summary>Whether this article writes the name term <paramref name="term"/> as <paramref name="written"/> (<see cref="NameSurfaces"/>; a term not recorded there is written as itself).</summary>
    public bool WritesNameAs(string term, string written) =>
        NameSurfaces is not null && NameSurfaces.TryGetValue(term, out var forms) ? forms.Contains(written) : written == term;

    /// <summary>Whether this article writes the name term <paramref name="term"/> in any form <paramref name="other"/> writes it in.</summary>
    public bool WritesNameLike(string term, ArticleProfile other) =>
        NameSurfaces is not null && NameSurfaces.TryGetValue(term, out var forms)
            ? forms.Any(f => other.WritesNameAs(term, f))
            : other.WritesNameAs(term, term);
}

/// <summary>A rubric of an article (<see cref="ArticleProfile.Rubrics"/>): its outlet, its line hash and its terms.</summary>
internal sealed record Rubric(string Source, ulong Line, IReadOnlySet<string> Terms);

internal sealed class ArticleFeatures(StoryClustererOptions options, StreamVocabulary vocabulary)
{
    /// <summary>Words of the body read at most; the rest of a long article adds little to what it is about.</summary>
    public const int MaxBodyTokens = 600;

    /// <summary>Words of a title read at most.</summary>
    public const int MaxTitleTokens = 40;

    /// <summary>Words that make the lede when the text has no paragraph break.</summary>
    public const int LedeTokens = 60;

    /// <summary>Terms kept per article vector (the strongest).</summary>
    public const int MaxVectorTerms = 64;

    /// <summary>Share of capitalised long words above which a line is in title case (its capitals say nothing).</summary>
    public const double TitleCaseShare = 0.6;

    /// <summary>Words of at least this length are counted when deciding whether a line is in title case.</summary>
    public const int TitleCaseWordChars = 4;

    private readonly List<Token> _tokens = new(MaxBodyTokens);
    private readonly Dictionary<string, (double Tf, bool Entity)> _raw = new(StringComparer.Ordinal);

    /// <summary>Per entity term: its occurrences that are not the leading part of a longer name ("Mike" of "Mike Pence").</summary>
    private readonly Dictionary<string, int> _standalone = new(StringComparer.Ordinal);
    /// <summary>Characters of the text (after the title) the language is told from.</summary>
    public const int LanguageSampleChars = 2000;

    /// <summary>One lexicon per language met (English for articles whose language cannot be told).</summary>
    private readonly Dictionary<string, Lexicon> _lexicons = new(StringComparer.Ordinal) { ["en"] = new Lexicon() };
    private Lexicon _lexicon = null!;
    private readonly HashSet<string> _nameForms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    /// <summary>The run of adjacent names being read (its words' surfaces and terms), and the places the article's runs named.</summary>
    private readonly List<Token> _run = new(8);
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);

    /// <summary>The name terms written as the term at least once, and the forms written otherwise (<see cref="ArticleProfile.NameSurfaces"/>), when they are read.</summary>
    private readonly HashSet<string> _writtenAsTerm = new(StringComparer.Ordinal);
    private readonly List<(string Term, string Surface)> _writtenOtherwise = [];

    /// <summary>The lines each outlet repeats, when thread links leave them out (<see cref="StoryClustererOptions.ThreadSkipsRepeatedLines"/>).</summary>
    private readonly OutletLines? _outletLines = options.LinkThreads && options.ThreadSkipsRepeatedLines ? new OutletLines(options.RepeatedLineItems) : null;

    /// <summary>The words of one repeated line or rubric being read (<see cref="Terms"/>).</summary>
    private readonly List<Token> _lineTokens = new(MaxTitleTokens);

    /// <summary>The lines each outlet repeats (null when thread links do not leave them out).</summary>
    public OutletLines? Lines => _outletLines;

    /// <summary>Builds the vector from what the stream has taught so far, then teaches it this article.</summary>
    public TermVector Extract(Article article) => Profile(article).Vector;

    /// <summary>The article's vector and its names (entity terms with their weights, strongest first, unit length).</summary>
    public ArticleProfile Profile(Article article)
    {
        _raw.Clear();
        _standalone.Clear();
        _nameForms.Clear();
        _numbers.Clear();
        _places.Clear();
        _writtenAsTerm.Clear();
        _writtenOtherwise.Clear();
        var title = article.Title ?? "";
        var text = article.Text ?? "";
        var (lede, body) = SplitLede(text);
        var language = LanguageDetector.Detect(text.Length > 0 ? text[..Math.Min(text.Length, LanguageSampleChars)] : title);
        _lexicon = LexiconFor(language);

        AddPart(title, MaxTitleTokens, options.TitleWeight);
        AddPart(lede, LedeTokens, options.LedeWeight);
        AddPart(body, MaxBodyTokens, 1.0);

        var weighted = new Dictionary<string, double>(_raw.Count, StringComparer.Ordinal);
        var names = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, (tf, entity)) in _raw)
        {
            var sublinear = tf >= 1 ? 1 + Math.Log(tf) : tf;
            var weight = sublinear * vocabulary.Idf(term) * (entity ? options.EntityBoost : 1.0);
            weighted[term] = weight;
            if (entity && IsName(term))
            {
                names[term] = weight;
            }
        }

        vocabulary.AddDocument(weighted.Keys);
        HashSet<string>? repeated = null;
        List<Rubric>? rubrics = null;
        if (_outletLines is not null)
        {
            var (lines, others, rubricLines) = _outletLines.Read(article.Source, title, text);
            if (lines is not null)
            {
                // A repeated line carries no weight of its own, but a word the article also uses in its own lines stays.
                repeated = Terms(lines, title, text);
                repeated.ExceptWith(Terms(others!, title, text));
            }

            rubrics = rubricLines?.Select(r => new Rubric(article.Source ?? "", r.Hash, Terms([(r.InTitle, r.Start, r.Length)], title, text))).ToList();
        }

        HashSet<string>? towns = null;
        HashSet<string>? times = null;
        HashSet<string>? magnitudes = null;
        if (options.JoinTownsMustAgree || options.JoinTimesMustAgree || options.JoinMagnitudesMustAgree)
        {
            towns = new HashSet<string>(StringComparer.Ordinal);
            times = new HashSet<string>(StringComparer.Ordinal);
            magnitudes = options.JoinMagnitudesMustAgree ? new HashSet<string>(StringComparer.Ordinal) : null;
            HappeningMarks.Read(title, towns, times, magnitudes);
            HappeningMarks.Read(text, towns, times, magnitudes);
        }

        Dictionary<string, HashSet<string>>? nameSurfaces = null;
        foreach (var (term, surface) in _writtenOtherwise)
        {
            if (!names.ContainsKey(term))
            {
                continue;
            }

            nameSurfaces ??= new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (!nameSurfaces.TryGetValue(term, out var forms))
            {
                forms = _writtenAsTerm.Contains(term) ? [term] : [];
                nameSurfaces[term] = forms;
            }

            forms.Add(surface);
        }

        return new ArticleProfile(
            TermVector.From(weighted, MaxVectorTerms), TermVector.From(names, MaxVectorTerms), language,
            _nameForms.Count == 0 ? null : _nameForms.ToHashSet(StringComparer.Ordinal),
            _numbers.Count == 0 ? null : _numbers.ToHashSet(StringComparer.Ordinal),
            _places.Count == 0 ? null : new Dictionary<string, string>(_places, StringComparer.Ordinal),
            repeated, rubrics,
            options.JoinTownsMustAgree && towns!.Count > 0 ? towns : null,
            (options.JoinTimesMustAgree || options.JoinMagnitudesMustAgree) && times!.Count > 0 ? times : null,
            towns is null || string.IsNullOrEmpty(article.Source) ? null : article.Source,
            nameSurfaces,
            magnitudes is { Count: > 0 } ? magnitudes : null);
    }

    /// <summary>The terms of lines of the title or text, and each pair of adjacent words joined as a name would be ("richard_littlejohn").</summary>
    private HashSet<string> Terms(IEnumerable<(bool InTitle, int Start, int Length)> lines, string title, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (inTitle, start, length) in lines)
        {
            _lineTokens.Clear();
            ArticleWords.Read((inTitle ? title : text).Substring(start, length), MaxTitleTokens, _lexicon, _lineTokens);
            string? previous = null;
            foreach (var token in _lineTokens)
            {
                if (token.Stop)
                {
                    previous = null;
                    continue;
                }

                terms.Add(token.Term);
                if (previous is not null)
                {
                    terms.Add(previous + "_" + token.Term);
                }

                previous = token.Term;
            }
        }

        return terms;
    }

    /// <summary>The lexicon of <paramref name="language"/>: English when it is unknown or English.</summary>
    private Lexicon LexiconFor(string? language)
    {
        var key = language ?? "en";
        if (!_lexicons.TryGetValue(key, out var lexicon))
        {
            lexicon = new Lexicon(key);
            _lexicons[key] = lexicon;
        }

        return lexicon;
    }

    private static (string Lede, string Body) SplitLede(string text)
    {
        var cut = text.IndexOf("\n\n", StringComparison.Ordinal);
        return cut > 0 ? (text[..cut], text[(cut + 2)..]) : ("", text);
    }

    private void AddPart(string text, int maxTokens, double weight)
    {
        if (text.Length == 0)
        {
            return;
        }

        _tokens.Clear();
        ArticleWords.Read(text, maxTokens, _lexicon, _tokens);
        var informative = !IsTitleCase(_tokens);
        var previousEntity = (string?)null;
        var previousSurface = (string?)null;
        foreach (var token in _tokens)
        {
            if (token.Stop)
            {
                previousEntity = null;
                EndRun();
                continue;
            }

            if (LanguageBridge.IsNumber(token.Surface))
            {
                _numbers.Add(token.Surface);
            }

            var entity = vocabulary.ObserveEntity(token.Surface, token.Capitalised, informative && !token.SentenceStart);
            Count(token.Term, weight, entity);
            if (entity)
            {
                _nameForms.Add(token.Surface);
                if (previousEntity is not null)
                {
                    var joined = previousEntity + "_" + token.Term;
                    Count(joined, weight, entity: true);
                    CollectionsMarshal.GetValueRefOrAddDefault(_standalone, previousEntity, out _)--;
                    if (options.JoinNamesAsWritten)
                    {
                        if (previousSurface == previousEntity && token.Surface == token.Term)
                        {
                            _writtenAsTerm.Add(joined);
                        }
                        else
                        {
                            _writtenOtherwise.Add((joined, previousSurface + "_" + token.Surface));
                        }
                    }
                }

                if (options.JoinNamesAsWritten)
                {
                    if (token.Surface == token.Term)
                    {
                        _writtenAsTerm.Add(token.Term);
                    }
                    else
                    {
                        _writtenOtherwise.Add((token.Term, token.Surface));
                    }
                }

                previousSurface = token.Surface;

                CollectionsMarshal.GetValueRefOrAddDefault(_standalone, token.Term, out _)++;

                previousEntity = token.Term;
                _run.Add(token);
            }
            else
            {
                previousEntity = null;
                EndRun();
            }
        }

        EndRun();
    }

    /// <summary>A run of adjacent names has ended: when it names a place, its terms (words and joined pairs) name that place.</summary>
    private void EndRun()
    {
        if (_run.Count > 0 && PlaceNames.Names(_run) is { } place)
        {
            for (var i = 0; i < _run.Count; i++)
            {
                _places.TryAdd(_run[i].Term, place);
                if (i > 0)
                {
                    _places.TryAdd(_run[i - 1].Term + "_" + _run[i].Term, place);
                }
            }
        }

        _run.Clear();
    }

    /// <summary>
    /// Whether an entity term counts among the article's names: a joined name ("mike_pence"), or a
    /// word that stands as a name on its own at least once ("pence"; "Mike" alone in "Mike said").
    /// A word seen only as the leading part of a longer name (the "Mike" of "Mike Pence" and of
    /// "Mike Tyson", the "New" of "New York") says little on its own, and two articles sharing
    /// only it do not name the same people (the May 2020 feeds joined a Tyson bout to the
    /// Pence task force on it). With <see cref="StoryClustererOptions.LeadingNamePartsAreNames"/>
    /// the old rule (every entity word is a name) is kept, for the bench's before/after.
    /// </summary>
    private bool IsName(string term) =>
        options.LeadingNamePartsAreNames || term.Contains('_', StringComparison.Ordinal) || _standalone.GetValueOrDefault(term, 1) > 0;

    /// <summary>A term is an entity for the article when any of its occurrences is one.</summary>
    private void Count(string term, double weight, bool entity)
    {
        ref var counted = ref CollectionsMarshal.GetValueRefOrAddDefault(_raw, term, out _);
        counted = (counted.Tf + weight, counted.Entity || entity);
    }

    private static bool IsTitleCase(List<Token> tokens)
    {
        var long_ = 0;
        var capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Surface.Length >= TitleCaseWordChars && !t.SentenceStart)
            {
                long_++;
                if (t.Capitalised)
                {
                    capitalised++;
                }
            }
        }

        return long_ >= 2 && capitalised >= long_ * TitleCaseShare;
    }
}
