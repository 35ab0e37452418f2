namespace Newsdesk.Articles;

/// <summary>
/// The extractor's calibrated constants. They were tuned together against the trafilatura
/// evaluation set (docs/articles.md) and move as a set: after changing one, re-run
/// <c>bench/extract/run</c> and the extraction quality gate.
/// </summary>
internal static class ExtractionThresholds
{
    /// <summary>A container found by name (articleBody, entry-content, article, main) is trusted when it holds at least this many text characters.</summary>
    public const int MinContainerChars = 250;

    /// <summary>When the first pass yields fewer characters than this, the fallback chain runs (JSON-LD articleBody, scorer, baseline).</summary>
    public const int MinTextChars = 500;

    /// <summary>An element holding more than this share of the page's text is never removed for its class or id (a wrapper named "has-sidebar").</summary>
    public const double ProtectedTextShare = 0.5;

    /// <summary>An element whose class says both content and boilerplate ("entry share") is kept from this many text characters ...</summary>
    public const int NamedProseChars = 500;

    /// <summary>Any boilerplate-named element but a comment thread is kept from this many prose characters (layout wrappers named "one-sidebar").</summary>
    public const int WrapperProseChars = 1500;

    /// <summary>An element named only for links (share, links, related, navigation) that holds this much text ...</summary>
    public const int LinkFreeNamedChars = 400;

    /// <summary>... with less than this share of it in links is prose, not the link box its name says (a "sharingContainer" wrapping the article).</summary>
    public const double LinkFreeNamedLinkDensity = 0.1;

    /// <summary>The largest article element replaces a named container when it holds this many times its non-link text (a donation box named "artikel-spende").</summary>
    public const double ArticleOverContainer = 3.0;

    /// <summary>Scorer: candidates scoring at least this share of the top one are close to it ...</summary>
    public const double CloseCandidateShare = 0.75;

    /// <summary>... the best this many of them are looked at ...</summary>
    public const int CloseCandidates = 4;

    /// <summary>... and when this many lie under one ancestor of the top candidate, that ancestor is the article (Readability's rule).</summary>
    public const int MinSharedCandidates = 3;

    /// <summary>A named container with less text than this may be one block of a body split into repeated blocks; the blocks with its tag and class join it.</summary>
    public const int FragmentContainerChars = 1500;

    /// <summary>The JSON-LD articleBody replaces the rendered text when it is this many times longer (the body rendered by script, the page holding a teaser).</summary>
    public const double JsonLdOverText = 2.0;

    /// <summary>A noscript element holding this much text is a page's script-free version and is kept (short ones say "enable JavaScript").</summary>
    public const int NoscriptContentChars = 500;

    /// <summary>... when less than this share of its text is links.</summary>
    public const double NamedProseLinkDensity = 0.2;

    /// <summary>A block whose link text exceeds this share of its text is navigation when it is short.</summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>A block whose link text exceeds this share of its text is navigation at any length.</summary>
    public const double MaxLinkDensityLong = 0.75;

    /// <summary>Blocks shorter than this are checked for link density and boilerplate phrases.</summary>
    public const int ShortBlockChars = 200;

    /// <summary>Blocks shorter than this are checked against the boilerplate phrases.</summary>
    public const int PhraseBlockChars = 80;

    /// <summary>Blocks shorter than this that open like a byline or hold a date are metadata, not text.</summary>
    public const int BylineMaxChars = 80;

    /// <summary>Minimum text characters for an element to be scored as a paragraph by the readability-style scorer.</summary>
    public const int MinScoredChars = 25;

    /// <summary>Characters per scoring point for paragraph length, and the cap on those points.</summary>
    public const int CharsPerPoint = 100;
    public const int MaxLengthPoints = 3;

    /// <summary>Score added to or taken from a candidate whose class/id reads like content or like boilerplate.</summary>
    public const int ClassWeight = 25;

    /// <summary>A sibling of the top candidate joins it when its score is at least this share of the top score.</summary>
    public const double SiblingScoreShare = 0.2;

    /// <summary>A paragraph sibling this long with little link text joins the top candidate.</summary>
    public const int SiblingParagraphChars = 80;

    /// <summary>In the whole-body baseline, a block counts as prose from this many characters.</summary>
    public const int BaselineBlockChars = 60;

    /// <summary>
    /// Client-side template scripts parsed in place of the script, at most (later ones are dropped like
    /// any script). A page renders its article from one or two; each costs a parse and a search of its
    /// parent's child list, so a page of 60,000 templates must not cost 60,000 of each. A cost bound, not tuned.
    /// </summary>
    public const int MaxTemplateScripts = 16;

    /// <summary>
    /// Lead paragraphs kept from one article header, at most (a standfirst, a subtitle). A cost bound, not
    /// tuned: each kept lead is moved out of the header, and a "header" of thousands of paragraphs is no header.
    /// </summary>
    public const int MaxHeaderLeads = 8;
}
