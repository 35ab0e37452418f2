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
}
