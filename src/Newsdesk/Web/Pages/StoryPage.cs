using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Html;
using Newsdesk.Writing;

namespace Newsdesk.Web.Pages;

/// <summary>
/// A story: headline, dateline, byline with the software note, lede, sections, bullets, key facts,
/// numbered citations (<c>&lt;sup&gt;&lt;a href="#source-3"&gt;3&lt;/a&gt;&lt;/sup&gt;</c>), the sources
/// list, how it was checked, revisions, the story's thread (earlier and later developments) and
/// related stories.
/// </summary>
internal static class StoryPage
{
    /// <summary>Related stories listed under a story.</summary>
    public const int RelatedCount = 5;

    public static string Render(SiteContext site, PublishedStory story, IReadOnlyList<PublishedStorySummary> related, IReadOnlyList<PublishedStorySummary> thread)
    {
        var content = story.Content;
        var numbers = content.Sources
            .Select((source, index) => (source.Id, Number: index + 1))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Number, StringComparer.Ordinal);
        var feeds = new List<FeedLink> { FeedLink.Front(site.Options.Title) };
        if (story.Topics.Count > 0)
        {
            feeds.Add(FeedLink.Topic(site.Options.Title, story.Topics[0], Slug.ForTerm(story.Topics[0])));
        }

        if (thread.Count > 1)
        {
            feeds.Add(FeedLink.Thread(site.Options.Title, thread[0].Headline, thread[0].Slug));
        }

        var meta = new PageMeta(content.Headline, content.Lede.Length > 0 ? content.Lede : content.Headline, "/story/" + story.Slug, feeds, "article", story.Published, story.Updated);
        return Layout.Render(site, meta, h =>
        {
            h.Open("article", ("class", "story")).Line();
            Header(h, story);
            if (content.Lede.Length > 0)   // a story of headlines alone may have none
            {
                h.Open("p", ("class", "lede"), ("lang", story.Language));
                Sentence(h, new CitedSentence(content.Lede, content.LedeCites), numbers);
                h.Close("p").Line();
            }
            foreach (var section in content.Sections)
            {
                Section(h, section, numbers, story.Language);
            }

            var words = StoryWords.For(story.Language);   // the headings over the story's own parts are in its language; the site's words stay English
            Facts(h, content.Facts, numbers, words);
            Checked(h, story);
            Sources(h, content.Sources, words);
            Revisions(h, story.Revisions);
            Entities(h, story.Entities);
            h.Close("article").Line();
            Thread(h, story, thread);
            Related(h, related);
        });
    }

    private static void Header(HtmlBuilder h, PublishedStory story)
    {
        h.Open("header", ("class", "story-header")).Line();
        h.Open("p", ("class", "kicker"));
        if (story.Breaking)
        {
            h.Element("span", "Breaking", ("class", "breaking")).Text(" ");
        }

        for (var i = 0; i < story.Topics.Count; i++)
        {
            h.Text(i > 0 ? " · " : null).Link("/topic/" + Slug.ForTerm(story.Topics[i]), story.Topics[i]);
        }

        h.Close("p").Line();
        h.Element("h1", story.Content.Headline, ("class", "headline"), ("lang", story.Language)).Line();
        h.Open("p", ("class", "byline"));
        h.Element("span", "By " + "Newsdesk", ("class", "author")).Text(" · ");
        h.Element("span", story.Content.Dateline, ("class", "dateline"), ("lang", story.Language));
        h.Close("p").Line();
        h.Open("p", ("class", "times"));
        Layout.Time(h, story.Published, "Published ");
        if (story.Updated > story.Published)
        {
            h.Text(" · ");
            Layout.Time(h, story.Updated, "Updated ");
        }

        h.Close("p").Line();
        h.Element("p", StoryWords.For(story.Language).SoftwareNote(story.Content.Sources.Count),
            ("class", "ai-note"), ("role", "note"), ("lang", story.Language)).Line();
        h.Close("header").Line();
    }

    private static void Section(HtmlBuilder h, StorySection section, Dictionary<string, int> numbers, string language)
    {
        h.Open("section", ("class", "story-section"), ("lang", language)).Line();
        if (!string.IsNullOrWhiteSpace(section.Heading))
        {
            h.Element("h2", section.Heading).Line();
        }

        foreach (var paragraph in section.Paragraphs)
        {
            h.Open("p");
            for (var i = 0; i < paragraph.Count; i++)
            {
                h.Text(i > 0 ? " " : null);
                Sentence(h, paragraph[i], numbers);
            }

            h.Close("p").Line();
        }

        if (section.Bullets.Count > 0)
        {
            h.Open("ul", ("class", "bullets")).Line();
            foreach (var bullet in section.Bullets)
            {
                h.Open("li");
                Sentence(h, bullet, numbers);
                h.Close("li").Line();
            }

            h.Close("ul").Line();
        }

        h.Close("section").Line();
    }

    /// <summary>A sentence and its citations, exactly <c>&lt;sup&gt;&lt;a href="#source-3"&gt;3&lt;/a&gt;&lt;/sup&gt;</c> each.</summary>
    private static void Sentence(HtmlBuilder h, CitedSentence sentence, Dictionary<string, int> numbers)
    {
        h.Text(sentence.Text);
        Cites(h, sentence.Cites, numbers);
    }

    private static void Cites(HtmlBuilder h, IReadOnlyList<string> cites, Dictionary<string, int> numbers)
    {
        foreach (var number in cites.Select(c => numbers.GetValueOrDefault(c)).Where(n => n > 0).Distinct().Order())
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            h.Open("sup").Link("#source-" + text, text).Close("sup");
        }
    }

    private static void Facts(HtmlBuilder h, IReadOnlyList<StoryFact> facts, Dictionary<string, int> numbers, StoryWords words)
    {
        if (facts.Count == 0)
        {
            return;
        }

        h.Open("section", ("class", "facts"), ("aria-labelledby", "facts-heading"), ("lang", words.Language)).Line();
        h.Element("h2", words.KeyFacts, ("id", "facts-heading")).Line();
        h.Open("table").Line().Open("tbody").Line();
        foreach (var fact in facts)
        {
            h.Open("tr").Element("th", fact.Label, ("scope", "row")).Open("td").Text(fact.Value);
            Cites(h, fact.Cites, numbers);
            h.Close("td").Close("tr").Line();
        }

        h.Close("tbody").Close("table").Line().Close("section").Line();
    }

    private static void Checked(HtmlBuilder h, PublishedStory story)
    {
        var v = story.Verification;
        h.Open("aside", ("class", "checked"), ("aria-labelledby", "checked-heading")).Line();
        h.Element("h2", "How this story was checked", ("id", "checked-heading")).Line();
        h.Open("ul").Line();
        h.Element("li", v.AllSupported
            ? $"{Count(v.SentencesChecked, "sentence")} checked against the sources they cite: all supported."
            : $"{Count(v.SentencesChecked, "sentence")} checked against the sources they cite: {v.Supported} supported and published, {v.Flagged} not supported and left out.").Line();
        h.Element("li", SourcesLine(story)).Line();
        h.Element("li", "Names, numbers, dates and quotes must appear in a cited source; a sentence that is not supported is left out, never published.").Line();
        h.Close("ul").Line().Close("aside").Line();
    }

    /// <summary>
    /// "6 sources from 5 outlets are cited." The outlets counted are those of the cited sources; when more
    /// outlets reported the event than are cited, the line says so, so the two counts never contradict.
    /// </summary>
    internal static string SourcesLine(PublishedStory story)
    {
        var sources = story.Content.Sources;
        var cited = sources.Select(s => s.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var line = $"{Count(sources.Count, "source")} from {StoryList.Outlets(cited)} cited";
        return story.DistinctOutlets > cited
            ? line + $"; {StoryList.Outlets(story.DistinctOutlets)} reported this event."
            : line + ".";
    }

    private static void Sources(HtmlBuilder h, IReadOnlyList<StorySource> sources, StoryWords words)
    {
        h.Open("section", ("class", "sources"), ("aria-labelledby", "sources-heading")).Line();
        h.Element("h2", words.Sources, ("id", "sources-heading"), ("lang", words.Language)).Line();
        h.Open("ol").Line();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            h.Open("li", ("id", "source-" + (i + 1).ToString(CultureInfo.InvariantCulture)));
            h.Element("span", source.Source, ("class", "outlet")).Text(": ");
            h.Link(source.Url, string.IsNullOrWhiteSpace(source.Title) ? source.Url : source.Title, ("rel", "noopener nofollow"), ("class", "source-link"));
            if (source.Published is { } published)
            {
                h.Text(" · ");
                Layout.Time(h, published);
            }

            h.Close("li").Line();
        }

        h.Close("ol").Line().Close("section").Line();
    }

    private static void Revisions(HtmlBuilder h, IReadOnlyList<StoryRevision> revisions)
    {
        if (revisions.Count == 0)
        {
            return;
        }

        h.Open("section", ("class", "revisions"), ("aria-labelledby", "revisions-heading")).Line();
        h.Element("h2", "Revisions", ("id", "revisions-heading")).Line();
        h.Open("ul").Line();
        foreach (var revision in revisions.OrderByDescending(r => r.Number))
        {
            h.Open("li").Element("strong", "Revision " + revision.Number.ToString(CultureInfo.InvariantCulture)).Text(", ");
            Layout.Time(h, revision.Time);
            h.Text(": " + revision.WhatChanged).Close("li").Line();
        }

        h.Close("ul").Line().Close("section").Line();
    }

    private static void Entities(HtmlBuilder h, IReadOnlyList<string> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        h.Open("nav", ("class", "entities"), ("aria-label", "In this story")).Element("h2", "In this story").Open("ul");
        foreach (var entity in entities)
        {
            h.Open("li").Link("/entity/" + Slug.ForTerm(entity), entity).Close("li");
        }

        h.Close("ul").Close("nav").Line();
    }

    /// <summary>
    /// The story's thread as a timeline: the earlier stories it develops and the later ones that
    /// develop it (date, headline, link each), and a link to the whole thread.
    /// </summary>
    private static void Thread(HtmlBuilder h, PublishedStory story, IReadOnlyList<PublishedStorySummary> thread)
    {
        var at = thread.ToList().FindIndex(s => s.Id == story.Id);
        if (thread.Count < 2 || at < 0)
        {
            return;
        }

        h.Open("nav", ("class", "thread"), ("aria-labelledby", "thread-heading")).Line();
        h.Element("h2", "This story's thread", ("id", "thread-heading")).Line();
        if (at > 0)
        {
            h.Element("h3", "Earlier in this thread").Line();
            Timeline(h, thread.Take(at));
        }

        if (at < thread.Count - 1)
        {
            h.Element("h3", "Later in this thread").Line();
            Timeline(h, thread.Skip(at + 1));
        }

        h.Open("p", ("class", "whole-thread")).Link("/thread/" + thread[0].Slug, $"The whole thread: {Count(thread.Count, "story")}").Close("p").Line();
        h.Close("nav").Line();
    }

    /// <summary>A list of stories in time order: the date each was first published, its headline linked.</summary>
    internal static void Timeline(HtmlBuilder h, IEnumerable<PublishedStorySummary> stories, bool withLede = false)
    {
        h.Open("ol", ("class", "timeline")).Line();
        foreach (var story in stories)
        {
            h.Open("li");
            Layout.Time(h, story.Published).Text(" ");
            h.Link("/story/" + story.Slug, story.Headline, ("class", "thread-story"));
            if (withLede && !string.IsNullOrWhiteSpace(story.Lede))
            {
                h.Element("p", story.Lede, ("class", "lede"));
            }

            h.Close("li").Line();
        }

        h.Close("ol").Line();
    }

    private static void Related(HtmlBuilder h, IReadOnlyList<PublishedStorySummary> related)
    {
        if (related.Count == 0)
        {
            return;
        }

        h.Open("aside", ("class", "related"), ("aria-labelledby", "related-heading")).Line();
        h.Element("h2", "Related stories", ("id", "related-heading")).Line();
        foreach (var story in related)
        {
            StoryList.Teaser(h, story, "h3", withLede: false);
        }

        h.Close("aside").Line();
    }

    internal static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun == "story" ? "stories" : noun + "s");
}
