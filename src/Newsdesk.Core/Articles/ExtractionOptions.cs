namespace Newsdesk.Articles;

/// <summary>Bounds and switches of one extraction. The defaults suit news pages.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>HTML characters parsed at most; a longer page is cut (its article text is near the top).</summary>
    public int MaxHtmlChars { get; init; } = 3_000_000;

    /// <summary>Element nesting kept at most; deeper start tags are dropped before parsing (real pages stay far below).</summary>
    public int MaxDepth { get; init; } = 400;

    /// <summary>DOM nodes visited at most by any walk over the page.</summary>
    public int MaxNodes { get; init; } = 400_000;

    /// <summary>Characters of text returned at most.</summary>
    public int MaxTextChars { get; init; } = 200_000;

    /// <summary>Keep tables that sit inside the article.</summary>
    public bool IncludeTables { get; init; } = true;
}
