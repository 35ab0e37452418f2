namespace Newsdesk.Feeds;

/// <summary>The bounds every feed document is parsed within (style.md: every input is bounded).</summary>
public static class FeedLimits
{
    /// <summary>Items kept per feed; the rest are dropped with a warning. A feed with more is a dump, not a feed.</summary>
    public const int MaxItems = 5000;

    /// <summary>Element nesting kept; deeper elements are skipped (their text is lost) with a warning.</summary>
    public const int MaxDepth = 64;

    /// <summary>Children kept under one element: the items plus room for the channel's own elements.</summary>
    public const int MaxChildrenPerElement = MaxItems + 512;

    /// <summary>Nesting allowed in a JSON Feed document.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>Outlines read from one OPML document.</summary>
    public const int MaxOutlines = 10_000;

    /// <summary>
    /// Bytes of one feed document parsed; a larger one is not a feed (a clear error, checked before
    /// anything is decoded). Above the fetcher's default body cap (10 MB), and far above real feeds:
    /// the largest of the 1,099 real captures in bench-data/real-feeds-2020-05 is 254 KB.
    /// </summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>Characters of a feed's or item's title, or an author, kept: a longer one is cut at a space and marked "…".</summary>
    public const int MaxTitleChars = Text.InputLimits.MaxFieldChars;

    /// <summary>
    /// Characters of an id or link kept: a longer one is dropped (a cut URL is a wrong URL), with a
    /// warning. HTTP asks servers to accept at least 8,000 octets of URI (RFC 9110, 4.1).
    /// </summary>
    public const int MaxLinkChars = 8_192;

    /// <summary>
    /// Characters of an item's summary or content (sanitised HTML) kept: a longer one is cut before
    /// the tag it would split and marked "…". The article text taken from it is bounded again
    /// (<see cref="Text.InputLimits.MaxRawTextChars"/>, the same number).
    /// </summary>
    public const int MaxBodyChars = Text.InputLimits.MaxRawTextChars;
}
