using System.Collections.Frozen;

namespace Newsdesk.Writing;

/// <summary>
/// Feed items that are no report of an event: cartoons, picture galleries, quizzes and puzzles,
/// horoscopes, and roundups of the day's stories ("Morning Briefing: Top stories from The Straits Times
/// on May 10", "The Papers: ...", a newsletter's "On Politics: ...").
/// Their titles name a format, not a happening ("In pictures: Protesting the death of George
/// Floyd", "Best of cartoons, May 29, 2020", "Herald morning quiz: May 29"), and their text is
/// captions or questions, so a story written from them describes images or asks questions
/// (real feeds, May 2020: the month's largest story was headed "In pictures: ..."). Opinion pieces
/// are no report either: their sentences are a columnist's views ("Judge Justin Walker ... has a
/// resume that marks him as among the most talented lawyers of his generation", Fox News opinion,
/// was a real story's lede, stated as fact). They are not written as stories, nor used in one.
/// </summary>
public static class NotAReport
{
    /// <summary>
    /// Title openings (before a colon or a dash) that name such a format, lower case; an opinion section's
    /// kicker is one too ("Column: ...", "Comment: ...", "Letters to the Editor: ..."; "Column One" and
    /// "Analysis", reported features, are not). Written for
    /// Newsdesk from the titles of the 14 outlets of real-feeds-2020-05 (BBC, LA Times, NZ Herald,
    /// Straits Times, SMH...); a title that merely mentions a picture or a puzzle ("Coronavirus
    /// mutations: Scientists puzzle over impact", "Photos show rebellious youths") is not one.
    /// </summary>
    public static readonly FrozenSet<string> Kickers = FrozenSet.Create(StringComparer.Ordinal,
        "cartoon", "cartoons", "editorial cartoon", "in pictures", "pictures", "in photos", "photos", "gallery",
        "photo gallery", "photo essay", "slideshow", "quiz", "quiz of the week", "crossword", "sudoku",
        "column", "comment", "opinion", "editorial", "letters to the editor", "morning briefing", "evening briefing",
        "the papers", "newspaper headlines", "on politics", "icymi");

    /// <summary>
    /// Phrases that make a whole title such a format wherever they stand, lower case (same source). A live page ("Coronavirus
    /// updates LIVE: ...", "Live Coronavirus News Updates", "As it happened: ...", "Global Coronavirus Tracker") is a roundup too:
    /// its text is the latest of many entries on many events, and as a story's source it gave ledes on another event
    /// ("President Trump will be tested daily ..." under "California voters asked to vote by mail", 1-16 May 2020).
    /// </summary>
    public static readonly FrozenSet<string> Phrases = FrozenSet.Create(StringComparer.Ordinal,
        "best of cartoons", "- in pictures", "– in pictures", "world in pictures", "week in pictures", "photos of the week",
        "pictures of the week", "morning quiz", "superquiz", "crossword", "sudoku", "cartoon of the day", "daily horoscope", "your horoscope",
        "live updates", "updates live", "live news", "news updates", "live coverage", "live blog", "as it happened", "coronavirus tracker", "market tracker");

    /// <summary>
    /// Sections of an outlet's site that hold opinion, lower case, as the first segments of a URL's path name them
    /// ("foxnews.com/opinion/...", "dailymail.co.uk/debate/...", "theguardian.com/commentisfree/..."). Written for Newsdesk
    /// from the URLs of real-feeds-2020-05 and the sections major outlets name so.
    /// </summary>
    public static readonly FrozenSet<string> OpinionSections = FrozenSet.Create(StringComparer.Ordinal,
        "opinion", "opinions", "commentisfree", "comment", "editorial", "editorials", "columnists", "columns", "debate");

    /// <summary>Whether an item with this title and URL is a cartoon, a gallery, a quiz, a puzzle or an opinion piece.</summary>
    public static bool Is(string? title, string? url) => Is(title) || IsOpinion(url);

    /// <summary>Whether an item with this title, URL and text is a cartoon, a gallery, a quiz, a puzzle or an opinion piece (<see cref="OpensAsOpinion"/>).</summary>
    public static bool Is(string? title, string? url, string? text) => Is(title, url) || OpensAsOpinion(text);

    /// <summary>
    /// Labels in capitals an outlet opens an opinion piece's text with, before its first sentence: the NZ Herald's
    /// columns ("COMMENT: Finance Minister Grant Robertson may well be planning a Budget...", 8 items in 1-16 May
    /// 2020, under titles such as "Fran O'Sullivan: NZ's choice - Surf the curve or be crushed" that name no format).
    /// </summary>
    public static readonly FrozenSet<string> OpinionLabels = FrozenSet.Create(StringComparer.Ordinal, "COMMENT", "OPINION", "EDITORIAL", "COLUMN");

    /// <summary>Whether the text opens with an opinion label in capitals, then a colon or a sentence ("COMMENT: ...", "COMMENT It happens for the first time..."); "Comment was sought" is no label.</summary>
    public static bool OpensAsOpinion(string? text)
    {
        var start = (text ?? "").TrimStart();
        var end = start.IndexOfAny([':', ' ']);
        return end > 0 && OpinionLabels.Contains(start[..end])
            && (start[end] == ':' || (start.Length > end + 2 && char.IsUpper(start[end + 1]) && char.IsLower(start[end + 2])));
    }

    /// <summary>Whether the URL's path opens with (or dates) an opinion section: "/opinion/...", "/2020/05/05/opinion/...".</summary>
    public static bool IsOpinion(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // The section is among the path's first segments; dates ("2020", "05") may come before it. An article's own slug
        // ("/news/comment-on-the-budget") is not a section.
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Take(segments.Length - 1).Take(5).Any(s => OpinionSections.Contains(s.ToLowerInvariant()));
    }

    /// <summary>Whether an item with this title is a cartoon, a gallery, a quiz or a puzzle.</summary>
    public static bool Is(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var lower = title.Trim().ToLowerInvariant();
        var colon = lower.IndexOf(':');
        if (colon > 0 && Kickers.Contains(lower[..colon].Trim()))
        {
            return true;
        }

        return Phrases.Any(p => lower.Contains(p, StringComparison.Ordinal)) || lower.EndsWith(" in pictures", StringComparison.Ordinal);
    }
}
