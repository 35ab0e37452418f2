namespace Newsdesk.Feeds;

/// <summary>Reads RSS 0.90-2.0 (root <c>rss</c>, or a bare <c>channel</c>) into its wire shape.</summary>
internal static class RssParser
{
    public static RssChannel Parse(FeedNode root, bool netscapeDoctype)
    {
        var version = Version(root.Attribute("version"), netscapeDoctype);
        var channel = root.Name == "channel" ? root : FirstRss(root, "channel") ?? root;
        var items = new List<RssItem>();
        foreach (var child in channel.Children())
        {
            if (child.Name == "item" && FeedNamespaces.IsRssCore(child.Namespace))
            {
                items.Add(ReadItem(child));
            }
        }

        if (!ReferenceEquals(channel, root))
        {
            // Some RSS 0.9x feeds put items beside the channel instead of inside it.
            foreach (var child in root.Children())
            {
                if (child.Name == "item" && FeedNamespaces.IsRssCore(child.Namespace))
                {
                    items.Add(ReadItem(child));
                }
            }
        }

        return new RssChannel(version, ChannelTitle(channel), ChannelLink(channel), channel.Base, items);
    }

    /// <summary>feedparser's version names: rss091n (Netscape DTD) or rss091u, rss092..rss094, rss20 for any 2.x.</summary>
    private static string Version(string? version, bool netscapeDoctype) => version?.Trim() switch
    {
        "0.91" => netscapeDoctype ? "rss091n" : "rss091u",
        "0.92" => "rss092",
        "0.93" => "rss093",
        "0.94" => "rss094",
        { } v when v.StartsWith('2') => "rss20",
        _ => "rss",
    };

    internal static string? ChannelTitle(FeedNode channel) =>
        (FirstRss(channel, "title") ?? channel.Child(FeedNamespaces.Dc, "title") ?? AtomChild(channel, "title"))?.Text();

    internal static string? ChannelLink(FeedNode channel)
    {
        var link = FirstRss(channel, "link");
        if (link is not null && FeedContent.Clean(link.Text()) is { } href)
        {
            return FeedUris.Link(link.Base, href);
        }

        return AlternateAtomLink(channel);
    }

    /// <summary>Reads one item (RSS 0.9x/2.0 or RSS 1.0; the namespaces of modules are the same).</summary>
    public static RssItem ReadItem(FeedNode item)
    {
        string? title = null, link = null, guid = null, description = null, content = null, pubDate = null, dcDate = null,
            updated = null, author = null, creator = null, itunesAuthor = null, itunesSummary = null, mediaTitle = null;
        var permaLink = true;
        foreach (var child in item.Children())
        {
            var ns = child.Namespace;
            if (FeedNamespaces.IsRssCore(ns))
            {
                switch (child.Name)
                {
                    case "title": title ??= child.TextOrMarkup(); break;
                    case "link": link ??= FeedUris.Link(child.Base, child.Text()); break;
                    case "guid":
                        guid ??= FeedContent.Clean(child.Text());
                        permaLink = !string.Equals(child.Attribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "description": description ??= child.TextOrMarkup(); break;
                    case "pubDate": pubDate ??= child.Text(); break;
                    case "author": author ??= child.Text(); break;
                    case "body" or "fullitem": content ??= child.TextOrMarkup(); break;
                }
            }
            else if (ns == FeedNamespaces.Content && child.Name == "encoded")
            {
                content ??= child.TextOrMarkup();
            }
            else if (ns == FeedNamespaces.Xhtml && child.Name == "body")
            {
                content ??= child.InnerMarkup();
            }
            else if (ns == FeedNamespaces.Dc)
            {
                switch (child.Name)
                {
                    case "creator" or "author": creator ??= child.Text(); break;
                    case "date": dcDate ??= child.Text(); break;
                    case "title": title ??= child.Text(); break;
                    case "description": description ??= child.TextOrMarkup(); break;
                }
            }
            else if (ns == FeedNamespaces.DcTerms)
            {
                switch (child.Name)
                {
                    case "modified": updated ??= child.Text(); break;
                    case "issued" or "created": dcDate ??= child.Text(); break;
                }
            }
            else if (FeedNamespaces.IsAtom(ns))
            {
                switch (child.Name)
                {
                    case "updated" or "modified": updated ??= child.Text(); break;
                    case "published" or "issued": dcDate ??= child.Text(); break;
                    case "link" when link is null && child.Attribute("rel") is null or "alternate":
                        link = FeedUris.Link(child.Base, child.Attribute("href"));
                        break;
                }
            }
            else if (FeedNamespaces.IsItunes(ns))
            {
                switch (child.Name)
                {
                    case "author": itunesAuthor ??= child.Text(); break;
                    case "summary": itunesSummary ??= child.Text(); break;
                }
            }
            else if (ns == FeedNamespaces.Media && child.Name == "title")
            {
                mediaTitle ??= child.Text();
            }
        }

        var media = new List<FeedMedia>();
        MediaReader.Collect(item, media);
        return new RssItem
        {
            Base = item.Base,
            Title = title ?? mediaTitle,
            Link = FeedContent.Clean(link),
            Guid = guid,
            GuidIsPermaLink = permaLink,
            About = FeedUris.Link(item.Base, item.Attribute("about", FeedNamespaces.Rdf)),
            Description = description ?? (itunesSummary is null ? null : HtmlEscape.Text(itunesSummary)),
            ContentEncoded = content,
            PubDate = pubDate,
            DcDate = dcDate,
            Updated = updated,
            Author = author,
            DcCreator = creator,
            ItunesAuthor = itunesAuthor,
            Media = media,
        };
    }

    internal static FeedNode? FirstRss(FeedNode parent, string name)
    {
        foreach (var child in parent.Children())
        {
            if (child.Name == name && FeedNamespaces.IsRssCore(child.Namespace))
            {
                return child;
            }
        }

        return null;
    }

    private static FeedNode? AtomChild(FeedNode parent, string name) =>
        parent.Child(FeedNamespaces.Atom10, name) ?? parent.Child(FeedNamespaces.Atom03, name);

    private static string? AlternateAtomLink(FeedNode channel)
    {
        foreach (var child in channel.Children())
        {
            if (child.Name == "link" && FeedNamespaces.IsAtom(child.Namespace) && child.Attribute("rel") is null or "alternate")
            {
                return FeedUris.Link(child.Base, child.Attribute("href"));
            }
        }

        return null;
    }
}
