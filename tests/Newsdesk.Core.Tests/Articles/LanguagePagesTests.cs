using System.Text.RegularExpressions;
using Newsdesk.Articles.Evaluation;
using Newsdesk.Testing;
using Newsdesk.Text;
using Newsdesk.Verification;
using Newsdesk.Writing;
using Xunit.Abstractions;

namespace Newsdesk.Articles;

/// <summary>
/// Real German and French pages (issue #18): the trafilatura evaluation set's pages that declare
/// <c>lang="de"</c> or <c>lang="fr"</c> are extracted, and the longest-running of them are written as
/// one-article stories and gated by the verifier, as the pipeline would. The extractor was developed
/// on this set (its F1 is a development figure); the writing and splitting figures were measured
/// once, with nothing tuned on them.
/// </summary>
public sealed class LanguagePagesTests(ITestOutputHelper output)
{
    /// <summary>Pages of each language written (the first in the set's order with enough text).</summary>
    private const int WrittenPerLanguage = 15;

    /// <summary>Characters of extracted text a page needs to be written (a story, not a stub).</summary>
    private const int MinTextChars = 1200;

    /// <summary>
    /// Floors under what was measured when recorded on 2026-12-06 (de: extraction F1 0.932, P 0.928,
    /// R 0.935, over the 688 pages the extractor reads as German; 15 of 15 written and published in
    /// German; fr: F1 0.883, P 0.872, R 0.895, over 26 pages; see the test output for French).
    /// </summary>
    /// <param name="CutInside">A sentence ending so was cut inside: German on a day number or a
    /// one-letter abbreviation ("am 19.", "z."), French on a one-letter or title abbreviation ("p.", "MM.");
    /// a French sentence may well end on a number ("24 heures sur 24.").</param>
    public sealed record Case(string Language, double F1Floor, int MinPublished, string CutInside)
    {
        public override string ToString() => Language;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("de", 0.93, 14, @"(?:^|\s)(?:\d{1,2}|\p{Ll})\.$"),
        new("fr", 0.88, 14, @"(?:^|\s)(?:\p{Ll}|MM|Mme|av|env|bd)\.$"),
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task PagesInTheLanguageAreExtractedWrittenAndPublishedInIt(Case c)
    {
        var data = TestEnvironment.BenchData("trafilatura-eval");
        var score = default(ExtractionScore);
        var pages = 0;
        var chosen = new List<Article>();
        foreach (var (page, extracted) in Extracted(data))
        {
            if (LanguageDetector.Normalize(extracted.Language) != c.Language)
            {
                continue;
            }

            pages++;
            score += ExtractionScore.Of(extracted.Text, page.With, page.Without);
            if (chosen.Count < WrittenPerLanguage && extracted.Text.Length >= MinTextChars && LanguageDetector.Detect(extracted.Text) == c.Language)
            {
                chosen.Add(new Article("p" + pages, page.Url, new Uri(page.Url).Host, extracted.Title ?? "", extracted.Text, extracted.Published));
            }
        }

        output.WriteLine($"{c.Language}: {pages} pages, extraction F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000})");
        Assert.True(score.F1 >= c.F1Floor, $"extraction F1 {score.F1:0.000} on {c.Language} pages is below {c.F1Floor}");

        var writer = new ExtractiveWriter();
        var gate = new PublicationGate(new Verifier());
        var published = 0;
        var cutEnglish = 0;
        var cutOwn = 0;
        var cutInside = new Regex(c.CutInside, RegexOptions.CultureInvariant);
        foreach (var article in chosen)
        {
            cutEnglish += Sentences.Split(article.Text).Count(s => cutInside.IsMatch(s));
            cutOwn += Sentences.Split(article.Text, c.Language).Count(s => cutInside.IsMatch(s));
            var draft = await writer.WriteAsync([article], CancellationToken.None);
            var story = gate.Check(draft, [article]).Story;
            if (story is null)
            {
                output.WriteLine($"  not published: {article.Url}");
                continue;
            }

            var sentences = story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)).Select(x => x.Text).Prepend(story.Lede).ToList();
            Assert.Equal(c.Language, StoryLanguage.Of([article]));
            Assert.Equal(c.Language, LanguageDetector.Detect(string.Join(' ', sentences.Prepend(story.Headline))) ?? c.Language);
            Assert.All(sentences, s => Assert.False(cutInside.IsMatch(s), $"a published sentence was cut inside: '{s}' ({article.Url})"));
            published++;
            output.WriteLine($"  {story.Headline} | {story.Lede}");
        }

        output.WriteLine($"{c.Language}: {published} of {chosen.Count} written and published; source sentences cut inside: {cutEnglish} with English abbreviations, {cutOwn} with {c.Language}'s");
        Assert.Equal(WrittenPerLanguage, chosen.Count);
        Assert.True(published >= c.MinPublished, $"{published} of {chosen.Count} {c.Language} pages were published");
        Assert.True(cutOwn <= cutEnglish, $"{c.Language}'s abbreviations cut {cutOwn} sentences, English ones {cutEnglish}");
    }

    /// <summary>Pages of each language read by <see cref="PagesGetTheirLanguagesNextWhenAndWhere"/>: the first half development, the second held out.</summary>
    private const int FurniturePages = 80;

    /// <summary>Pages of a language the set has at least (French: 22 with enough text).</summary>
    private const int MinFurniturePages = 20;

    /// <summary>
    /// What a French or German reader would miss (issue #18): real pages of each language written as
    /// one-article stories, counting those with a "what comes next" section, a When row, a Where row and a
    /// place in the dateline, for the first half of the pages (development: read) and the second (held out).
    /// Floors under what was measured on 2026-12-06, session 7 (both halves; before that session every
    /// count of When rows was 0): de 21 with "Wie es weitergeht", 10 When and 14 Where rows published;
    /// fr 11 with "La suite", 9 When and 1 Where rows published. Most of these pages are blogs and
    /// shops, not news: few name a place or a date.
    /// </summary>
    [SkippableTheory]
    [InlineData("de", 18, 8, 12)]
    [InlineData("fr", 9, 7, 1)]
    public async Task PagesGetTheirLanguagesNextWhenAndWhere(string language, int minNext, int minWhen, int minWhere)
    {
        var data = TestEnvironment.BenchData("trafilatura-eval");
        var words = StoryWords.For(language);
        var writer = new ExtractiveWriter();
        var articles = new List<Article>();
        foreach (var (page, extracted) in Extracted(data))
        {
            if (extracted.Text.Length >= MinTextChars && LanguageDetector.Detect(extracted.Text) == language)
            {
                articles.Add(new Article("p" + articles.Count, page.Url, new Uri(page.Url).Host, extracted.Title ?? "", extracted.Text, extracted.Published));
                if (articles.Count == FurniturePages)
                {
                    break;
                }
            }
        }

        var counts = new int[2, 6];
        var kept = new int[2, 2];
        var gate = new PublicationGate(new Verifier());
        var dev = (articles.Count + 1) / 2;
        for (var i = 0; i < articles.Count; i++)
        {
            var half = i < dev ? 0 : 1;
            var story = await writer.WriteAsync([articles[i]], CancellationToken.None);
            var next = story.Sections.FirstOrDefault(s => s.Heading == words.NextHeading);
            var when = story.Facts.FirstOrDefault(f => f.Label == words.When);
            var where = story.Facts.FirstOrDefault(f => f.Label == words.Where);
            var place = story.Dateline.Length > 0 && !char.IsDigit(story.Dateline[0]);
            counts[half, 0]++;
            counts[half, 1] += next is null ? 0 : 1;
            counts[half, 2] += when is null ? 0 : 1;
            counts[half, 3] += where is null ? 0 : 1;
            counts[half, 4] += place ? 1 : 0;
            counts[half, 5] += story.Sections.Any(s => StoryWords.SpeakersOf(s.Heading) is not null) ? 1 : 0;
            var published = gate.Check(story, [articles[i]]).Story;
            kept[half, 0] += when is not null && published?.Facts.Any(f => f.Label == words.When) == true ? 1 : 0;
            kept[half, 1] += where is not null && published?.Facts.Any(f => f.Label == words.Where) == true ? 1 : 0;
            if (half == 0)
            {
                output.WriteLine($"  [{story.Dateline}] {story.Headline}");
                foreach (var s in next?.Paragraphs.SelectMany(p => p) ?? [])
                {
                    output.WriteLine($"    next: {s.Text}");
                }

                output.WriteLine($"    when: {when?.Value} | where: {where?.Value}");
                foreach (var s in Sentences.Split(articles[i].Text, language).Where(s => Writing.Extractive.WhatComesNext.Says(s, language)).Take(4))
                {
                    output.WriteLine($"    future: {s}");
                }
            }
        }

        for (var h = 0; h < 2; h++)
        {
            output.WriteLine($"{language} {(h == 0 ? "dev" : "held out")}: {counts[h, 0]} stories, {counts[h, 1]} with '{words.NextHeading}', {counts[h, 2]} with a When row, {counts[h, 3]} with a Where row, {counts[h, 4]} with a place in the dateline, {counts[h, 5]} with quotes under their speaker; the gate keeps {kept[h, 0]} When and {kept[h, 1]} Where rows");
        }

        Assert.True(articles.Count >= MinFurniturePages, $"{articles.Count} {language} pages");
        Assert.True(counts[0, 1] + counts[1, 1] >= minNext, $"{counts[0, 1] + counts[1, 1]} {language} stories say what comes next");
        Assert.True(kept[0, 0] + kept[1, 0] >= minWhen, $"{kept[0, 0] + kept[1, 0]} {language} When rows published");
        Assert.True(kept[0, 1] + kept[1, 1] >= minWhere, $"{kept[0, 1] + kept[1, 1]} {language} Where rows published");
    }

    /// <summary>German pages read for <see cref="GermanNounsInTitlesAreNoMissingNames"/>.</summary>
    private const int GermanTitlePages = 60;

    /// <summary>
    /// German capitalises every noun (issue #18). Each real German page's title is checked against its
    /// own text: a capitalised word the text has, in any inflection (its Snowball German stem: "Schäden"
    /// and "Schaden", "Häuser" and "Haus"), never counts as a name the sources lack; the names the
    /// verifier still misses are printed to be read.
    /// </summary>
    [SkippableFact]
    public void GermanNounsInTitlesAreNoMissingNames()
    {
        var data = TestEnvironment.BenchData("trafilatura-eval");
        var verifier = new Verifier();
        var pages = 0;
        var missing = 0;
        var nounsMissing = 0;
        foreach (var (page, extracted) in Extracted(data))
        {
            if (string.IsNullOrWhiteSpace(extracted.Title) || extracted.Text.Length < MinTextChars || LanguageDetector.Detect(extracted.Text) != "de")
            {
                continue;
            }

            var source = new Article("p", page.Url, "outlet", "", extracted.Text, null);
            var stems = Tokenizer.Words(extracted.Text).Select(w => Stemmer.Stem(w, "de")).ToHashSet(StringComparer.Ordinal);
            var verdict = verifier.Check(extracted.Title.Trim(), ["p"], verifier.Prepare([source]));
            var names = verdict.Reasons.Where(r => r.StartsWith("name not in sources: ", StringComparison.Ordinal))
                .Select(r => r["name not in sources: ".Length..]).ToList();
            missing += names.Count;
            nounsMissing += names.Count(n => !n.Contains(' ', StringComparison.Ordinal) && stems.Contains(Stemmer.Stem(n.ToLowerInvariant(), "de")));
            if (names.Count > 0)
            {
                output.WriteLine($"  {extracted.Title.Trim()} -> {string.Join(", ", names)}");
            }

            if (++pages == GermanTitlePages)
            {
                break;
            }
        }

        output.WriteLine($"de: {pages} titles checked against their pages: {missing} names not in the text, {nounsMissing} of them words the text has (inflected)");
        Assert.Equal(GermanTitlePages, pages);
        Assert.Equal(0, nounsMissing);
    }

    /// <summary>The evaluation set's pages, each with what the extractor makes of it (pages that are not HTML are left out).</summary>
    private static IEnumerable<(EvalPage Page, ExtractedArticle Extracted)> Extracted(string data)
    {
        foreach (var page in EvalCorpus.Stream(data))
        {
            ExtractedArticle extracted;
            try
            {
                extracted = ArticleExtractor.Extract(page.Html, new Uri(page.Url));
            }
            catch (NotHtmlException)
            {
                continue;
            }

            yield return (page, extracted);
        }
    }
}
