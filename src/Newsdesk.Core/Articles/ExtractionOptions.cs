namespace Newsdesk.Articles;

/// <summary>Bounds and switches of one extraction. The defaults suit news pages.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>HTML characters parsed at most; a longer page is cut (its article text is near the top).</summary>
    public int MaxHtmlChars { get; init; } = 3_000_000;

    /// <summary>Element nesting kept at most; deeper start tags are dropped before parsing (real pages stay far below).</summary>
    public int MaxDepth { get; init; } = 400;

    /// <summary>
    /// DOM nodes visited at most by any walk over the page, and elements parsed at most (the HTML is cut before the
    /// start tag past them); text past them is not read. The largest of the 990
    /// trafilatura evaluation pages has 27,755 nodes (median 1,433); a hostile page of 400,000 empty elements
    /// cost 7.8 s to extract at the old bound of 400,000, so the bound is 100,000 (3.6 times the largest real page).
    /// </summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>
    /// Characters of text (outside tags, comments, scripts and styles) read at most; the HTML is cut where its
    /// text passes this, before parsing. A 10 MB paragraph of run-on text was otherwise parsed, rendered and
    /// scored whole (about 2.4 s of CPU for the cut 3M characters) to return its first
    /// <see cref="MaxTextChars"/>. Across the 990 trafilatura evaluation pages the most text on a page is about
    /// 483,000 characters (p99 135,000, median 12,000, counted the same way), so the bound is about twice the largest.
    /// </summary>
    public int MaxTextScanChars { get; init; } = 1_000_000;

    /// <summary>Characters of text returned at most.</summary>
    public int MaxTextChars { get; init; } = 200_000;

    /// <summary>Keep tables that sit inside the article.</summary>
    public bool IncludeTables { get; init; } = true;
}
