namespace Newsdesk.Feeds;

/// <summary>Reads enclosures and Media RSS (media:content, media:thumbnail, media:group) of an item.</summary>
internal static class MediaReader
{
    /// <summary>Media objects kept per item.</summary>
    internal const int MaxMediaPerItem = 64;

    public static void Collect(FeedNode item, List<FeedMedia> media)
    {
        foreach (var child in item.Children())
        {
            if (media.Count >= MaxMediaPerItem)
            {
                return;
            }

            if (child.Namespace == FeedNamespaces.Media)
            {
                switch (child.Name)
                {
                    case "content":
                        Add(media, child, child.Attribute("url"), child.Attribute("type") ?? Medium(child.Attribute("medium")), false);
                        Collect(child, media); // thumbnails inside media:content
                        break;
                    case "thumbnail":
                        Add(media, child, child.Attribute("url"), "image", true);
                        break;
                    case "group":
                        Collect(child, media);
                        break;
                }
            }
            else if (child.Name == "enclosure" && FeedNamespaces.IsRssCore(child.Namespace))
            {
                Add(media, child, child.Attribute("url"), child.Attribute("type"), false);
            }
            else if (child.Name == "link" && FeedNamespaces.IsAtom(child.Namespace) && child.Attribute("rel") == "enclosure")
            {
                Add(media, child, child.Attribute("href"), child.Attribute("type"), false);
            }
        }
    }

    private static string? Medium(string? medium) => medium;

    private static void Add(List<FeedMedia> media, FeedNode node, string? url, string? type, bool thumbnail)
    {
        var resolved = FeedUris.Link(node.Base, url);
        if (resolved is null || media.Exists(m => m.Url == resolved && m.IsThumbnail == thumbnail))
        {
            return;
        }

        media.Add(new FeedMedia(resolved, FeedContent.Clean(type), thumbnail));
    }
}
