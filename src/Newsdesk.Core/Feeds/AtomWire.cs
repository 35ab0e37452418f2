namespace Newsdesk.Feeds;

/// <summary>An Atom text construct: its value and whether that value is HTML (html and xhtml) or plain text.</summary>
internal sealed record AtomText(string Value, bool IsHtml, Uri? Base)
{
    public string? ToHtml() => IsHtml ? FeedContent.Html(Value, Base) : FeedContent.TextAsHtml(Value);

    public string? ToPlain() => FeedContent.PlainTitle(Value, IsHtml);
}

/// <summary>An Atom 1.0 or 0.3 feed as the wire has it.</summary>
internal sealed record AtomFeed(string Version, AtomText? Title, string? Link, string? Author, IReadOnlyList<AtomEntry> Entries);

/// <summary>One Atom entry as the wire has it (dates unparsed, text constructs unsanitised).</summary>
internal sealed record AtomEntry
{
    public string? Id { get; init; }

    public AtomText? Title { get; init; }

    public string? Link { get; init; }

    public string? Published { get; init; }

    public string? Updated { get; init; }

    public string? Author { get; init; }

    public AtomText? Summary { get; init; }

    public AtomText? Content { get; init; }

    public IReadOnlyList<FeedMedia> Media { get; init; } = [];
}
