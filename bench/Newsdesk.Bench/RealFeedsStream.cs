using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Feeds;

namespace Newsdesk.Bench;

/// <summary>
/// bench-data/real-feeds-2020-05 as a stream of articles, the way the pipeline first sees them: the
/// captures in time order (captures.tsv), each feed parsed with <see cref="FeedParser"/>, and every
/// item the first time its link (or id) appears, in feed order. An article is the item's title and
/// its content or summary as plain text (the linked pages are not in the set), published at the
/// item's date, or at the capture time when it has none. Unlabelled: what is measured on it is
/// the shape of the stories (size, time span, spread), and the judged pairs (bench/cluster/pairs).
/// </summary>
internal static class RealFeedsStream
{
    /// <summary>The folder's capture list: captured_utc, outlet, path, commit.</summary>
    public const string CaptureList = "captures.tsv";

    /// <summary>
    /// Stories that opened before this are the development part (the stories the team read while
    /// developing were opened by 16 May); the rest are held out.
    /// </summary>
    public static readonly DateTimeOffset HeldOutFrom = new(2020, 5, 16, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One article of the stream, with when it was first captured.</summary>
    public sealed record Arrival(Article Article, DateTimeOffset Captured);

    public static List<Arrival> Load(string folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Arrival>();
        foreach (var line in File.ReadLines(Path.Combine(folder, CaptureList)).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                continue;
            }

            var captured = DateTimeOffset.Parse(cols[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var outlet = cols[1];
            if (FeedParser.Parse(File.ReadAllBytes(Path.Combine(folder, cols[2]))) is not FeedParseResult.Parsed parsed)
            {
                continue;
            }

            foreach (var item in parsed.Feed.Items)
            {
                var key = item.Link ?? item.Id;
                var title = HtmlText.ToPlainText(item.Title);
                if (key is null || title.Length == 0 || !seen.Add(outlet + " " + key))
                {
                    continue;
                }

                var text = HtmlText.ToPlainText(item.Content is { Length: > 0 } ? item.Content : item.Summary);
                var published = item.Published ?? item.Updated ?? captured;
                list.Add(new Arrival(new Article($"{outlet}:{list.Count}", key, outlet, title, text, published), captured));
            }
        }

        return list;
    }
}
