using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Places;
using Newsdesk.Writing.Text;
using Splitter = Newsdesk.Text.Sentences;

namespace Newsdesk.Writing.Evaluation;

/// <summary>What a story lint finding is about (issue #15).</summary>
public enum LintKind
{
    /// <summary>The headline is empty, furniture, or cut mid-phrase.</summary>
    BrokenHeadline,

    /// <summary>A published sentence is page furniture.</summary>
    FurnitureSentence,

    /// <summary>The dateline's place or the "Where" row is not a place.</summary>
    NonPlace,

    /// <summary>A key-fact row is not a phrase of a sentence of the articles it cites (or its label is not part of that phrase).</summary>
    FactNotSourcePhrase,

    /// <summary>A sentence says what another sentence of the story already says.</summary>
    RepeatedSentence,

    /// <summary>A sentence is taken only from an article about another event.</summary>
    OffTopicSentence,

    /// <summary>A subhead stops in the middle of the phrase its source sentence goes on with, or holds a pronoun that points at nothing (<see cref="SubheadCheck"/>).</summary>
    BrokenSubhead,

    /// <summary>A published sentence opens with a page's time stamp, an "Updated"/"Published" label or a byline ("May 09, 2020 5:00 AM The pandemic...").</summary>
    StampedSentence,

    /// <summary>A sentence's pronoun points at nothing: it opens a section (or the story) with "He"/"They"/"This"..., or follows a sentence that names no one (<see cref="PronounCheck"/>).</summary>
    DanglingPronoun,

    /// <summary>A published sentence is a teaser for an article, not reporting ("A look at...", "Here are eight things...").</summary>
    TeaserSentence,
}

/// <summary>One finding: its kind, the text it is about and why.</summary>
public sealed record LintFinding(LintKind Kind, string Text, string Reason);

/// <summary>
/// Reads a written story beside its articles as an editor would, and lists what a reader must
/// never see: a broken headline, furniture, a dateline that is not a place, a key fact that is not
/// what a source wrote, a repeat, a sentence from an article about something else. A pure
/// function; its own rules, independent of the writer's (the writer may share its word lists).
/// </summary>
public static partial class StoryLint
{
    /// <summary>Two sentences sharing this share of the shorter one's content terms say the same thing.</summary>
    internal const double RepeatOverlap = 0.6;

    /// <summary>A paraphrase: this share of content terms shared, and the same numbers or at least <see cref="ParaphraseSharedNames"/> names in common.</summary>
    internal const double ParaphraseOverlap = 0.4;

    /// <summary>Sentences with fewer content terms (names aside) than this are too short to judge.</summary>
    internal const int MinRepeatTerms = 3;

    /// <summary>Names two paraphrases have in common at least (with <see cref="ParaphraseOverlap"/>).</summary>
    internal const int ParaphraseSharedNames = 2;

    /// <summary>An article whose term vector has a cosine below this with the rest of the story's articles is about another event.</summary>
    internal const double OffTopicCosine = 0.1;

    [GeneratedRegex(@"^(?<place>.*?),?\s*(?<date>(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineShape();

    /// <summary>
    /// The lint's own reading of a stamp at a sentence's start: a clock time; a date with a year followed
    /// by a clock time; "Updated"/"Published"/"Posted" followed by a colon, "on", "at" or a figure; "By"
    /// and two names in capitals; a columnist's name in capitals and a colon ("DOUGLAS MURRAY: ").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:\d{1,2}:\d{2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s+\d{1,2}[:.]\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}\s+\d{1,2}[:.]\d{2}|(?:Last\s+)?(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)\s*(?::|\bon\b|\bat\b|\d)|By\s+[A-Z]{2,}\s+[A-Z]{2,}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}:\s|(?:WARNING\W+)?GRAPHIC\s+CONTENT\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    /// <summary>A headline ending on "in May", "on 12 May": the month, not a modal left dangling.</summary>
    [GeneratedRegex(@"\b(?:in|of|from|until|till|by|since|on|for|early|mid|late|\d{1,2})\s+May[.!?]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfMay();

    [GeneratedRegex(@"[\p{L}\p{N}$%€£][\p{L}\p{N}'’.,$%€£-]*", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseToken();

    /// <summary>Every finding on <paramref name="story"/>, written from <paramref name="articles"/>.</summary>
    public static IReadOnlyList<LintFinding> Check(Story story, IReadOnlyList<Article> articles)
    {
        var findings = new List<LintFinding>();
        if (NotWritten(story))
        {
            return findings; // nothing is published; bench/write counts such stories apart
        }

        articles = InputLimits.Bound(articles);   // the texts as the writer and the verifier read them: markup removed, lost apostrophes put back
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A source sentence as the writer reads it too, without its pointers to photographs (a fact row may be a phrase of that).
        var sentences = articles.ToDictionary(a => a, a => Splitter.Split(a.Text).SelectMany(s => new[] { s, PhotoReference.Strip(s) }).Distinct(StringComparer.Ordinal).ToList());

        if (HeadlineProblem(story.Headline, articles, sentences) is { } problem)
        {
            findings.Add(new LintFinding(LintKind.BrokenHeadline, story.Headline, problem));
        }

        var published = Published(story).ToList();
        foreach (var sentence in published.Where(s => Furniture.Is(s.Text)))
        {
            findings.Add(new LintFinding(LintKind.FurnitureSentence, sentence.Text, "page furniture"));
        }

        foreach (var sentence in published.Where(s => Stamp().IsMatch(s.Text)))
        {
            findings.Add(new LintFinding(LintKind.StampedSentence, sentence.Text, $"opens with a page's stamp or byline: '{Stamp().Match(sentence.Text).Value.Trim()}'"));
        }

        if (DatelinePlace(story.Dateline) is { Length: > 0 } place && (!Gazetteer.IsDatelinePlace(place) || Gazetteer.IsRegion(place)))
        {
            findings.Add(new LintFinding(LintKind.NonPlace, story.Dateline, Gazetteer.IsRegion(place) ? $"dateline place '{place}' is a continent or an ocean" : $"dateline place '{place}' is not in the gazetteer"));
        }

        foreach (var fact in story.Facts)
        {
            if (FactProblem(fact, byId, sentences) is { } reason)
            {
                findings.Add(new LintFinding(StoryWords.IsWhereLabel(fact.Label) && reason.StartsWith("not a place", StringComparison.Ordinal) ? LintKind.NonPlace : LintKind.FactNotSourcePhrase, $"{fact.Label}: {fact.Value}", reason));
            }
        }

        var all = sentences.Values.SelectMany(s => s).ToList();
        foreach (var section in story.Sections)
        {
            if (SubheadCheck.Problem(section.Heading, all) is { } broken)
            {
                findings.Add(new LintFinding(LintKind.BrokenSubhead, section.Heading, broken));
            }
        }

        foreach (var sentence in published.Where(s => Teasers.Is(s.Text)))
        {
            findings.Add(new LintFinding(LintKind.TeaserSentence, sentence.Text, "a teaser for an article, not reporting"));
        }

        findings.AddRange(Pronouns(story));
        findings.AddRange(Repeats(published, story.Sections.Where(s => StoryWords.DisputeOf(s.Heading) is not null).SelectMany(s => s.Bullets).ToHashSet()));
        findings.AddRange(OffTopic(story, published, articles));
        return findings;
    }

    /// <summary>
    /// Whether the writer wrote nothing (no headline and no sentence: its articles held only page
    /// furniture). Such a story is never published (the writing stage skips a story with no sentence
    /// to check), so there is nothing to lint; bench/write shows how many there are.
    /// </summary>
    public static bool NotWritten(Story story) => story.Headline.Trim().Length == 0 && !Published(story).Any();

    /// <summary>The published sentences in reading order: lede, paragraphs, bullets.</summary>
    private static IEnumerable<CitedSentence> Published(Story story)
    {
        if (story.Lede.Length > 0)
        {
            yield return new CitedSentence(story.Lede, story.LedeCites ?? []);
        }

        foreach (var section in story.Sections)
        {
            foreach (var sentence in section.Paragraphs.SelectMany(p => p).Concat(section.Bullets))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>Sentences whose pronoun points at nothing: the lede and each bullet stand alone; a paragraph sentence follows the one before it in its section.</summary>
    private static IEnumerable<LintFinding> Pronouns(Story story)
    {
        if (story.Lede.Length > 0 && PronounCheck.Problem(story.Lede, null) is { } lede)
        {
            yield return new LintFinding(LintKind.DanglingPronoun, story.Lede, lede);
        }

        foreach (var section in story.Sections)
        {
            string? previous = null;
            foreach (var sentence in section.Paragraphs.SelectMany(p => p))
            {
                if (PronounCheck.Problem(sentence.Text, previous) is { } problem)
                {
                    yield return new LintFinding(LintKind.DanglingPronoun, sentence.Text, problem);
                }

                previous = sentence.Text;
            }

            foreach (var bullet in section.Bullets)
            {
                if (PronounCheck.Problem(bullet.Text, null) is { } problem)
                {
                    yield return new LintFinding(LintKind.DanglingPronoun, bullet.Text, problem);
                }
            }
        }
    }

    /// <summary>The place part of a dateline ("PITTSBURGH, Nov. 3, 2026" -> "PITTSBURGH"); "" for a date alone.</summary>
    internal static string DatelinePlace(string dateline)
    {
        var m = DatelineShape().Match(dateline.Trim());
        return (m.Success ? m.Groups["place"].Value : dateline).Trim(' ', ',');
    }

    /// <summary>Why a headline is broken, or null when it is whole.</summary>
    internal static string? HeadlineProblem(string headline, IReadOnlyList<Article> articles, IReadOnlyDictionary<Article, List<string>> sentences)
    {
        var text = Regex.Replace(headline, @"\s+", " ").Trim();
        if (text.Length == 0)
        {
            return "empty";
        }

        if (Furniture.Is(text))
        {
            return "page furniture";
        }

        if (Teasers.Is(text))
        {
            return "a teaser for an article, not news";
        }

        var words = Tokenizer.Words(text);
        if (words.Count == 0)
        {
            return "no words";
        }

        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('\u2026'))
        {
            return "ends in an ellipsis";
        }

        var last = text.Split(' ')[^1].TrimEnd('.', ',', ';', ':', '!', '?').ToLowerInvariant();
        var wholeSentence = articles.SelectMany(a => sentences[a]).Any(s => s.Trim().TrimEnd('.', '!', '?').Equals(text.TrimEnd('.', '!', '?'), StringComparison.OrdinalIgnoreCase));
        if (Clauses.Dangling.Contains(last) && !wholeSentence && Attribution.Trailing(text) is null && !MonthOfMay().IsMatch(text))
        {
            return $"ends on '{last}'";
        }

        if (text.Count(c => c == '"') % 2 != 0 || text.Count(c => c == '\u201c') != text.Count(c => c == '\u201d') || text.Count(c => c == '(') != text.Count(c => c == ')'))
        {
            return "unbalanced quotation marks or brackets";
        }

        // A source's own headline (cleaned of its outlet and kicker) is whole as its editor wrote it.
        var core = text.TrimEnd('.');
        if (articles.Any(a => IsTitle(core, a.Title)))
        {
            return null;
        }

        // Otherwise it was taken from a sentence: it must end where a clause ends and hold a verb.
        var host = articles.SelectMany(a => sentences[a]).Select(s => (Sentence: s, At: s.IndexOf(core, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(x => x.At >= 0);
        if (host.Sentence is not null)
        {
            var after = host.Sentence[(host.At + core.Length)..].TrimStart();
            var next = Tokenizer.Words(after).FirstOrDefault() ?? "";
            if (Attribution.Trailing(core) is not null && Attribution.IsTimeOnly(after))
            {
                return null; // "..., officials said" from "..., officials said on Monday."
            }

            // Cut from the sentence's attribution, it states as fact what the source attributes.
            if ((after.StartsWith(',') || Clauses.AdjunctOpeners.Contains(next)) && !Attribution.Attributed(words) && Attribution.In(after) is { } tag)
            {
                return $"drops the attribution (the source goes on: '..., {tag}')";
            }

            if (!Attribution.Attributed(words) && Attribution.Opening(host.Sentence[..host.At]) is { } opening)
            {
                return $"drops the attribution (the source opens: '{opening}, ...')";
            }

            if (after.Length > 0 && after[0] is not (',' or ';' or ':' or '.' or '!' or '?' or '\u2014' or '\u2013' or '(' or '"' or '\u201d' or '-')
                && !Clauses.AdjunctOpeners.Contains(next))
            {
                return $"cut mid-phrase (the source goes on: '{string.Join(' ', after.Split(' ').Take(4))}...')";
            }

            if (after.StartsWith(',') && Clauses.Introducers.Contains(words[0]))
            {
                return $"an introductory phrase, not a clause ('{words[0]}...')";
            }

            if (after.StartsWith(',') && !Clauses.CompleteBeforeComma(after[1..]))
            {
                return $"cut before an appositive (the source goes on: '{string.Join(' ', after.Split(' ').Take(4))}...')";
            }
        }

        return Clauses.HasFiniteVerb(words) ? null : "no verb: not a clause";
    }

    private static bool IsTitle(string headline, string title)
    {
        if (title.Length == 0)
        {
            return false;
        }

        var t = Regex.Replace(title, @"\s+", " ").Trim().TrimEnd('.');
        var at = t.IndexOf(headline, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        // What is left of the title is an outlet's name after a separator, or a kicker before one.
        var before = t[..at].TrimEnd();
        var rest = t[(at + headline.Length)..].TrimStart();
        return (before.Length == 0 || before[^1] is ':' or '|' or '-' or '\u2013' or '\u2014')
            && (rest.Length == 0 || rest[0] is '|' or '-' or '\u2013' or '\u2014' or ':' or '(');
    }

    /// <summary>Why a key-fact row is not what a source wrote, or null when it is.</summary>
    internal static string? FactProblem(StoryFact fact, IReadOnlyDictionary<string, Article> byId, IReadOnlyDictionary<Article, List<string>> sentences)
    {
        if (StoryWords.IsDisputedLabel(fact.Label))
        {
            return null; // outlet by outlet, each figure checked by the verifier against that outlet's articles
        }

        var cited = fact.Cites.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (cited.Count == 0)
        {
            return "cites no article of the story";
        }

        if (StoryWords.IsWhereLabel(fact.Label))
        {
            if (!Gazetteer.IsDatelinePlace(fact.Value) || Gazetteer.IsRegion(fact.Value))
            {
                return $"not a place: '{fact.Value}'";
            }

            return cited.Any(a => Contains(Phrase(a.Title + " " + a.Text), Phrase(fact.Value))) ? null : "the place is not in the articles it cites";
        }

        var value = Phrase(fact.Value);
        if (value.Count == 0)
        {
            return "empty value";
        }

        var host = cited.SelectMany(a => sentences[a]).FirstOrDefault(s => Contains(Phrase(s), value));
        if (host is null)
        {
            return "the value is not a phrase of a cited article's sentence";
        }

        if (StoryWords.IsWhenLabel(fact.Label))
        {
            return null;
        }

        var labelWords = Tokenizer.Words(fact.Label).Where(w => !WriterStopWords.Words.Contains(w)).ToList();
        var valueWords = Tokenizer.Words(fact.Value).ToHashSet(StringComparer.Ordinal);
        var missing = labelWords.Where(w => !valueWords.Contains(w)).ToList();
        return missing.Count == 0 || LinkedInSource(fact, cited, sentences) ? null
            : $"the label's '{string.Join(' ', missing)}' is not in the copied phrase: a label made from other words";
    }

    /// <summary>
    /// Whether a cited sentence holds the row as one phrase, label, link, value ("the total number of confirmed cases is
    /// 1,597" for the row "Total number of confirmed cases: 1,597"): a value that is the figure alone is still a source
    /// phrase when its label's own words stand right before it through a link (<see cref="FactLabels.FigureLinks"/>).
    /// </summary>
    private static bool LinkedInSource(StoryFact fact, List<Article> cited, IReadOnlyDictionary<Article, List<string>> sentences)
    {
        var (label, value) = (Phrase(fact.Label), Phrase(fact.Value));
        var phrases = FactLabels.FigureLinks.Select(link => label.Concat(Phrase(link)).Concat(value).ToList()).ToList();
        return cited.SelectMany(a => sentences[a]).Select(Phrase).Any(s => phrases.Any(p => Contains(s, p)));
    }

    /// <summary>Lowercase tokens of a phrase, punctuation and a possessive at their ends dropped ("May 2's cases" holds "May 2"; commas inside numbers kept).</summary>
    private static List<string> Phrase(string text) =>
        PhraseToken().Matches(text).Select(m => Possessive().Replace(m.Value.TrimEnd('.', ',', '\'', '\u2019'), "").ToLowerInvariant()).Where(t => t.Length > 0).ToList();

    [GeneratedRegex(@"['\u2019]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    private static bool Contains(List<string> haystack, List<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Count; i++)
        {
            var j = 0;
            while (j < needle.Count && haystack[i + j] == needle[j])
            {
                j++;
            }

            if (j == needle.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Later sentences that say what an earlier one says: near-copies, and paraphrases with the same numbers or names.
    /// The outlets' own sentences under a dispute's subhead (<paramref name="claims"/>) tell one count each on
    /// purpose ("killed at least five" beside "killing at least 14"): they are no repeat of each other.
    /// </summary>
    private static IEnumerable<LintFinding> Repeats(List<CitedSentence> published, IReadOnlySet<CitedSentence> claims)
    {
        // Names are shared by every sentence of a story; what a sentence says is in its other words.
        var described = published.Select(s => (s.Text, Terms: Tokens.Terms(s.Text).Except(Tokens.Terms(string.Join(' ', Names(s.Text))), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
            Numbers: Numbers(s.Text), Names: Names(s.Text))).ToList();
        for (var i = 1; i < described.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (described[i], described[j]);
                if (claims.Contains(published[i]) && claims.Contains(published[j]))
                {
                    continue;
                }

                if (Extractive.Paraphrases.QuotedRuns(a.Text).Overlaps(Extractive.Paraphrases.QuotedRuns(b.Text)))
                {
                    yield return new LintFinding(LintKind.RepeatedSentence, a.Text, $"quotes again the words an earlier sentence quotes: '{Short(b.Text)}'");
                    break;
                }

                var smaller = Math.Min(a.Terms.Count, b.Terms.Count);
                if (smaller < MinRepeatTerms)
                {
                    continue;
                }

                var overlap = (double)a.Terms.Count(b.Terms.Contains) / smaller;
                var sameNumbers = a.Numbers.Count > 0 && a.Numbers.SetEquals(b.Numbers);
                var sharedNames = a.Names.Count(b.Names.Contains);
                if (overlap >= RepeatOverlap || (overlap >= ParaphraseOverlap && (sameNumbers || sharedNames >= ParaphraseSharedNames)))
                {
                    yield return new LintFinding(LintKind.RepeatedSentence, a.Text, $"says again ({overlap:P0} of its terms) what an earlier sentence says: '{Short(b.Text)}'");
                    break;
                }
            }
        }
    }

    private static HashSet<string> Numbers(string text) =>
        Regex.Matches(text, @"\d+(?:[.,]\d+)*").Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.')).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Names(string text) =>
        Regex.Matches(text, @"(?<=\S\s)[A-Z][a-z]{2,}").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Sentences every cited article of which is about another event than the story.</summary>
    private static IEnumerable<LintFinding> OffTopic(Story story, List<CitedSentence> published, IReadOnlyList<Article> articles)
    {
        var off = OffTopicArticles(story, articles);
        if (off.Count == 0)
        {
            yield break;
        }

        foreach (var sentence in published)
        {
            var cites = sentence.Cites.Where(id => articles.Any(a => a.Id == id)).ToList();
            if (cites.Count > 0 && cites.All(off.Contains))
            {
                yield return new LintFinding(LintKind.OffTopicSentence, sentence.Text, $"only from {string.Join(", ", cites)}, an article about another event");
            }
        }
    }

    /// <summary>
    /// The ids of the articles about another event: with three or more articles, those whose terms
    /// have little in common with the rest (cosine below <see cref="OffTopicCosine"/>); with two
    /// unrelated articles, the one farther from the headline and the lede; when more than half of
    /// the articles have little in common with the rest (no event most of them share), those with
    /// little in common with the article closest to the headline and the lede.
    /// </summary>
    internal static HashSet<string> OffTopicArticles(Story story, IReadOnlyList<Article> articles)
    {
        // What an article is about is what it reports: a page of furniture (a tweet widget, a web
        // archive's crawl notice) is about nothing, and two of them must not outvote the one real article.
        var reported = articles.DistinctBy(a => a.Id)
            .Select(a => (Article: a, Text: string.Join(' ', Splitter.Split(a.Text).Where(s => !Newsdesk.Writing.Extractive.SentenceFilters.IsBoilerplate(s)))))
            .Where(x => x.Text.Length > 0).ToList();
        var withText = reported.Select(x => x.Article).ToList();
        if (withText.Count < 2)
        {
            return [];
        }

        var vectors = TermVectors(reported.Select(x => x.Article.Title + " " + x.Text).ToList());
        var off = new HashSet<string>(StringComparer.Ordinal);
        if (withText.Count == 2)
        {
            if (Cosine(vectors[0], vectors[1]) < OffTopicCosine)
            {
                off.Add(withText[1 - Anchor()].Id);
            }

            return off;
        }

        for (var i = 0; i < withText.Count; i++)
        {
            var rest = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var j = 0; j < withText.Count; j++)
            {
                if (j != i)
                {
                    foreach (var (term, weight) in vectors[j])
                    {
                        rest[term] = rest.GetValueOrDefault(term) + weight;
                    }
                }
            }

            if (Cosine(vectors[i], rest) < OffTopicCosine)
            {
                off.Add(withText[i].Id);
            }
        }

        if (off.Count <= withText.Count / 2)
        {
            return off;
        }

        // No event most articles share: the story is about the article closest to its headline and
        // lede, with those that share its event; every other article is about something else.
        var anchor = Anchor();
        return Enumerable.Range(0, withText.Count).Where(i => i != anchor && Cosine(vectors[i], vectors[anchor]) < OffTopicCosine)
            .Select(i => withText[i].Id).ToHashSet(StringComparer.Ordinal);

        // The article whose terms are closest to the story's headline and lede.
        int Anchor()
        {
            var about = TermVectors([.. reported.Select(x => x.Article.Title + " " + x.Text), story.Headline + " " + story.Lede])[^1];
            return Enumerable.Range(0, withText.Count).MaxBy(i => Cosine(vectors[i], about));
        }
    }

    /// <summary>TF-IDF vectors (IDF over the given texts, smoothed), L2-normalised.</summary>
    private static List<Dictionary<string, double>> TermVectors(List<string> texts)
    {
        var terms = texts.Select(Tokens.Terms).ToList();
        var df = terms.SelectMany(t => t.Distinct(StringComparer.Ordinal)).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return terms.Select(t =>
        {
            var v = t.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() * (Math.Log((1.0 + texts.Count) / (1.0 + df[g.Key])) + 1.0), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
        }).ToList();
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(kv => large.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        var norm = Math.Sqrt(b.Values.Sum(x => x * x)) * Math.Sqrt(a.Values.Sum(x => x * x));
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>Counts by kind, every kind present (0 when none), in the order of <see cref="LintKind"/>.</summary>
    public static IReadOnlyDictionary<LintKind, int> Count(IEnumerable<LintFinding> findings)
    {
        var counts = Enum.GetValues<LintKind>().ToDictionary(k => k, _ => 0);
        foreach (var finding in findings)
        {
            counts[finding.Kind]++;
        }

        return counts;
    }
}
