namespace Newsdesk.Feeds;

/// <summary>
/// Cuts a parsed feed's fields to <see cref="FeedLimits"/>: titles and authors at a space, bodies
/// before the tag they would split, over-long ids and links dropped. One warning per kind of cut
/// says how many fields it touched, so a hostile feed's 150 MB title is neither printed nor stored whole.
/// </summary>
internal static class FeedBounds
{
    public static Feed Apply(Feed feed, List<string> warnings)
    {
        var cuts = new Cuts();
        var items = feed.Items.Select(i => i with
        {
            Id = Link(i.Id, ref cuts.Links),
            Title = Title(i.Title, ref cuts.Titles),
            Link = Link(i.Link, ref cuts.Links),
            Author = Title(i.Author, ref cuts.Titles),
            Summary = Body(i.Summary, ref cuts.Bodies),
            Content = Body(i.Content, ref cuts.Bodies),
        }).ToList();
        var bounded = feed with { Title = Title(feed.Title, ref cuts.Titles), Link = Link(feed.Link, ref cuts.Links), Items = items };
        if (cuts.Titles > 0)
        {
            warnings.Add($"{cuts.Titles} title or author field(s) longer than {FeedLimits.MaxTitleChars} characters were cut");
        }

        if (cuts.Links > 0)
        {
            warnings.Add($"{cuts.Links} id or link field(s) longer than {FeedLimits.MaxLinkChars} characters were dropped");
        }

        if (cuts.Bodies > 0)
        {
            warnings.Add($"{cuts.Bodies} summary or content field(s) longer than {FeedLimits.MaxBodyChars} characters were cut");
        }

        return bounded;
    }

    private static string? Title(string? value, ref int cut)
    {
        if (value is null || value.Length <= FeedLimits.MaxTitleChars)
        {
            return value;
        }

        cut++;
        var space = value.LastIndexOf(' ', FeedLimits.MaxTitleChars - 1, FeedLimits.MaxTitleChars / 2);
        return value[..(space > 0 ? space : FeedLimits.MaxTitleChars - 1)].TrimEnd() + Text.InputLimits.CutMark;
    }

    private static string? Link(string? value, ref int dropped)
    {
        if (value is null || value.Length <= FeedLimits.MaxLinkChars)
        {
            return value;
        }

        dropped++;
        return null;
    }

    private static string? Body(string? html, ref int cut)
    {
        if (html is null || html.Length <= FeedLimits.MaxBodyChars)
        {
            return html;
        }

        cut++;
        var end = FeedLimits.MaxBodyChars - 1;
        var open = html.LastIndexOf('<', end - 1);
        var close = open < 0 ? -1 : html.IndexOf('>', open);
        if (open >= 0 && (close < 0 || close >= end))
        {
            end = open;   // the cut would split this tag: cut before it
        }

        return html[..end] + Text.InputLimits.CutMark;
    }

    private struct Cuts
    {
        public int Titles;
        public int Links;
        public int Bodies;
    }
}
