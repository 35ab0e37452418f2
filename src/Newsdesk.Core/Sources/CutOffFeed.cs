using System.Text;
using Newsdesk.Feeds;

namespace Newsdesk.Sources;

/// <summary>
/// Which of a fetched feed's items are whole enough to store. A document cut off mid-way (a
/// truncated download or capture; the parser recovers what it can) may end in an item cut
/// mid-way: that last item is not stored from this poll (a later whole poll stores it, or an
/// earlier one already did), so a half title or a lost link never becomes an article. An item
/// with neither a title nor a link is never stored: a reader could neither read nor follow it.
/// </summary>
public static class CutOffFeed
{
    /// <summary>Bytes at the end of a document looked at for its closing tag or brace (trailing comments included).</summary>
    internal const int TailBytes = 4096;

    public static IEnumerable<FeedItem> WholeItems(Feed feed, ReadOnlySpan<byte> body)
    {
        var items = EndsEarly(body, feed.Format) ? feed.Items.SkipLast(1) : feed.Items;
        return items.Where(i => !string.IsNullOrWhiteSpace(i.Title) || !string.IsNullOrWhiteSpace(i.Link));
    }

    /// <summary>
    /// True when the document does not end as a whole one does: with a closing tag (XML feeds)
    /// or a closing brace (JSON Feed), once trailing whitespace and NUL padding are set aside.
    /// </summary>
    public static bool EndsEarly(ReadOnlySpan<byte> body, FeedFormat format)
    {
        var end = body.Length;
        while (end > 0 && (body[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0))
        {
            end--;
        }

        if (end == 0)
        {
            return true;
        }

        if (format == FeedFormat.Json)
        {
            return body[end - 1] != (byte)'}';
        }

        // "...</rss>", "</rdf:RDF>", "</feed >", maybe followed by comments: a closing tag is the document's last element.
        var tail = Encoding.UTF8.GetString(body[Math.Max(0, end - TailBytes)..end]).Replace("\0", "", StringComparison.Ordinal).TrimEnd();
        while (tail.EndsWith("-->", StringComparison.Ordinal) && tail.LastIndexOf("<!--", StringComparison.Ordinal) is var comment and >= 0)
        {
            tail = tail[..comment].TrimEnd();
        }

        var open = tail.LastIndexOf('<');
        return !tail.EndsWith('>') || open < 0 || open + 1 >= tail.Length || tail[open + 1] != '/';
    }
}
