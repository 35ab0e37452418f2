using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>
/// The last step before a story is published: every part a reader sees is checked against the
/// sources, and only what they support goes out (the product's promise: not a sentence, not a
/// headline, not a fact row, not a dateline that the sources do not support).
/// <list type="bullet">
/// <item>Sentences: each sentence of the lede, of every paragraph item and of every bullet against
/// the articles it cites; an item is kept only when all its sentences pass (a bullet is one
/// statement). A refused lede is replaced by the first kept paragraph sentence, moved up.</item>
/// <item>Fact rows as claims, "label: value", against their cites.</item>
/// <item>Subheads by <see cref="Headings"/>; a refused one becomes a heading that claims nothing.</item>
/// <item>The headline: the draft's, else the first of the listed sources' own headlines (the most
/// shared first), else the published lede, that the articles support.</item>
/// <item>The dateline's place and date by <see cref="DatelineCheck"/>; a refused part is left out.</item>
/// </list>
/// A headline or dateline supported only by an article the sources list lacks adds that article to
/// the list, so that everything published can be traced to a listed report. When no sentence or no
/// headline passes, nothing is published (<see cref="GatedStory.Story"/> is null).
/// </summary>
public sealed class PublicationGate(Verifier verifier)
{
    public GatedStory Check(Story draft, IReadOnlyList<Article> articles)
    {
        var bounded = InputLimits.Bound(articles);
        var sources = verifier.Prepare(bounded);
        var parts = new List<PartVerdict>();

        bool Keep(StoryPart part, string text, IReadOnlyList<string> cites)
        {
            var all = true;
            foreach (var sentence in SentencesOf(text, sources.Language))
            {
                var verdict = verifier.Check(sentence, cites, sources);
                parts.Add(new PartVerdict(part, sentence, verdict.Supported, verdict.Reasons, verdict.Supported ? sentence : ""));
                all &= verdict.Supported;
            }

            return all;
        }

        // The lede first, in reading order.
        var lede = draft.Lede ?? "";
        var ledeCites = draft.LedeCites ?? [];
        var ledeKept = lede.Trim().Length > 0 && Keep(StoryPart.Lede, lede, ledeCites);

        var sections = new List<StorySection>();
        foreach (var section in draft.Sections ?? [])
        {
            var paragraphs = (section.Paragraphs ?? [])
                .Select(p => (IReadOnlyList<CitedSentence>)(p ?? []).Where(s => Keep(StoryPart.Paragraph, s.Text, s.Cites ?? [])).ToList())
                .Where(p => p.Count > 0)
                .ToList();
            var bullets = (section.Bullets ?? []).Where(b => Keep(StoryPart.Bullet, b.Text, b.Cites ?? [])).ToList();
            if (paragraphs.Count > 0 || bullets.Count > 0)
            {
                sections.Add(section with { Paragraphs = paragraphs, Bullets = bullets });
            }
        }

        var facts = (draft.Facts ?? []).Where(f =>
        {
            var verdict = verifier.CheckFact(f.Label, f.Value, f.Cites ?? [], sources);
            parts.Add(new PartVerdict(StoryPart.Fact, verdict.Text, verdict.Supported, verdict.Reasons, verdict.Supported ? verdict.Text : ""));
            return verdict.Supported;
        }).ToList();

        if (!ledeKept)
        {
            // The first kept paragraph sentence leads instead, and leaves its paragraph (it is not said twice).
            var first = sections.SelectMany(s => s.Paragraphs).SelectMany(p => p).FirstOrDefault();
            (lede, ledeCites) = first is null ? ("", []) : (first.Text, first.Cites);
            if (first is not null)
            {
                sections = Without(sections, first);
            }
        }

        var checkedSections = new List<StorySection>();
        for (var i = 0; i < sections.Count; i++)
        {
            var verdict = Headings.Check(sections[i], i, verifier, sources);
            parts.Add(verdict);
            checkedSections.Add(sections[i] with { Heading = verdict.Published });
        }

        var listed = (draft.Sources ?? []).ToList();
        var headline = Headline(draft, bounded, lede, ledeCites, sources, parts, listed);
        var dateline = Dateline(draft.Dateline ?? "", bounded, parts, listed);

        if (lede.Length == 0 || headline.Length == 0)
        {
            return new GatedStory(null, parts);
        }

        return new GatedStory(
            draft with { Headline = headline, Dateline = dateline, Lede = lede, LedeCites = ledeCites, Sections = checkedSections, Facts = facts, Sources = listed },
            parts);
    }

    private static IEnumerable<string> SentencesOf(string text, string? language)
    {
        var split = Quotes.Whole(Sentences.Split(text, language));   // a quotation over several sentences is checked whole
        return split.Count > 0 ? split : [text.Trim()];
    }

    /// <summary>The sections without <paramref name="moved"/>; a section left with nothing is dropped.</summary>
    private static List<StorySection> Without(List<StorySection> sections, CitedSentence moved) =>
        sections.Select(s => s with
            {
                Paragraphs = s.Paragraphs.Select(p => (IReadOnlyList<CitedSentence>)p.Where(x => !ReferenceEquals(x, moved)).ToList()).Where(p => p.Count > 0).ToList(),
            })
            .Where(s => s.Paragraphs.Count > 0 || s.Bullets.Count > 0)
            .ToList();

    /// <summary>The first headline candidate the articles support; "" when none.</summary>
    private string Headline(Story draft, IReadOnlyList<Article> articles, string lede, IReadOnlyList<string> ledeCites, PreparedSources sources, List<PartVerdict> parts, List<StorySource> listed)
    {
        var listedIds = listed.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var titles = articles
            .Select((a, i) => (Article: a, Index: i, Title: Writing.Extractive.Headline.Tighten(a)))
            .Where(t => t.Title.Length > 0 && !Writing.Text.Teasers.Is(t.Title)) // "A Timeline of ..." points at an article, it is not news
            .GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Any(t => listedIds.Contains(t.Article.Id)))
            .ThenBy(g => g.Min(t => t.Index))
            .Select(g => g.First().Title);
        var candidates = new[] { (draft.Headline ?? "").Trim() }.Concat(titles).Append(SentencesOf(lede, sources.Language).FirstOrDefault() ?? "")
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal);

        string? refused = null;
        IReadOnlyList<string> reasons = [];
        foreach (var candidate in candidates)
        {
            var verdict = verifier.Check(candidate, [], sources);
            if (!verdict.Supported)
            {
                if (refused is null)
                {
                    (refused, reasons) = (candidate, verdict.Reasons);
                }

                continue;
            }

            var backing = verifier.FindSupport(candidate, sources);
            if (backing.Count > 0 && !backing.Any(listedIds.Contains))
            {
                List(backing[0], articles, listed);
            }

            parts.Add(refused is null
                ? new PartVerdict(StoryPart.Headline, candidate, true, [], candidate)
                : new PartVerdict(StoryPart.Headline, refused, false, reasons, candidate));
            return candidate;
        }

        parts.Add(new PartVerdict(StoryPart.Headline, refused ?? "", false, refused is null ? ["no headline"] : reasons, ""));
        return "";
    }

    /// <summary>The dateline with each part the articles do not support left out.</summary>
    private static string Dateline(string dateline, IReadOnlyList<Article> articles, List<PartVerdict> parts, List<StorySource> listed)
    {
        if (dateline.Trim().Length == 0)
        {
            return "";
        }

        var listedIds = listed.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var (published, reasons, placeSource, dateSource) = DatelineCheck.Check(dateline, articles.OrderByDescending(a => listedIds.Contains(a.Id)).ToList());
        foreach (var source in new[] { placeSource, dateSource }.OfType<Article>())
        {
            List(source.Id, articles, listed);
        }

        parts.Add(new PartVerdict(StoryPart.Dateline, dateline, reasons.Count == 0, reasons, published));
        return published;
    }

    /// <summary>Adds the article to the sources list when it is not there (at the end: citation numbers stay).</summary>
    private static void List(string id, IReadOnlyList<Article> articles, List<StorySource> listed)
    {
        if (listed.Any(s => s.Id == id) || articles.FirstOrDefault(a => a.Id == id) is not { } article)
        {
            return;
        }

        listed.Add(new StorySource(article.Id, article.Source, article.Title, article.Url, article.Published));
    }
}
