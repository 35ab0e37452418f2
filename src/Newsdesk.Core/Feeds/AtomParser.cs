using System.Text;

namespace Newsdesk.Feeds;

/// <summary>Reads Atom 1.0 and Atom 0.3 (root <c>feed</c>) into its wire shape.</summary>
internal static class AtomParser
{
    public static AtomFeed Parse(FeedNode root)
    {
        var version = root.Namespace == FeedNamespaces.Atom03 || root.Attribute("version") == "0.3" ? "atom03" : "atom10";
        AtomText? title = null;
        string? link = null, author = null;
        var entries = new List<AtomEntry>();
        foreach (var child in root.Children())
        {
            if (!IsAtom(child, root.Namespace))
            {
                continue;
            }

            switch (child.Name)
            {
                case "title": title ??= Text(child); break;
                case "link": link ??= Alternate(child); break;
                case "author": author ??= Person(child); break;
                case "entry": entries.Add(ReadEntry(child, root.Namespace)); break;
            }
        }

        return new AtomFeed(version, title, link ?? FirstLink(root), author, entries);
    }

    private static AtomEntry ReadEntry(FeedNode entry, string feedNs)
    {
        string? id = null, link = null, published = null, updated = null, author = null, sourceAuthor = null;
        AtomText? title = null, summary = null, content = null;
        foreach (var child in entry.Children())
        {
            if (IsAtom(child, feedNs))
            {
                switch (child.Name)
                {
                    case "id": id ??= FeedUris.ResolveToString(child.Base, child.Text()); break;
                    case "title": title ??= Text(child); break;
                    case "link": link ??= Alternate(child); break;
                    case "published" or "issued" or "created": published = child.Text(); break; // the last value wins, as in feedparser
                    case "updated" or "modified": updated = child.Text(); break;
                    case "author": author ??= Person(child); break;
                    case "summary": summary ??= Text(child); break;
                    case "content": content ??= Text(child); break;
                    case "source": sourceAuthor = child.Child(child.Namespace, "author") is { } a ? Person(a) : null; break;
                }
            }
            else if (child.Namespace == FeedNamespaces.Dc)
            {
                switch (child.Name)
                {
                    case "creator": author ??= FeedContent.Clean(child.Text()); break;
                    case "date": published ??= child.Text(); break;
                }
            }
        }

        var media = new List<FeedMedia>();
        MediaReader.Collect(entry, media);
        return new AtomEntry
        {
            Id = id,
            Title = title,
            Link = link ?? FirstLink(entry),
            Published = published,
            Updated = updated,
            Author = author ?? sourceAuthor,
            Summary = summary,
            Content = content,
            Media = media,
        };
    }

    private static bool IsAtom(FeedNode node, string feedNs = FeedNamespaces.Atom10) =>
        FeedNamespaces.IsAtom(node.Namespace) || node.Namespace.Length == 0 || node.Namespace == feedNs;

    /// <summary>The href of a link whose rel is alternate (or absent), resolved; null for other links.</summary>
    private static string? Alternate(FeedNode link)
    {
        var rel = link.Attribute("rel");
        if (rel is not null && rel != "alternate" && rel != FeedNamespaces.Atom10 + "alternate")
        {
            return null;
        }

        return FeedUris.Link(link.Base, link.Attribute("href"));
    }

    private static string? FirstLink(FeedNode parent)
    {
        foreach (var child in parent.Children())
        {
            if (child.Name == "link" && IsAtom(child) && child.Attribute("rel") is not ("self" or "enclosure" or "edit" or "replies"))
            {
                return FeedUris.Link(child.Base, child.Attribute("href"));
            }
        }

        return null;
    }

    private static string? Person(FeedNode person)
    {
        var name = person.Child(person.Namespace, "name")?.Text();
        if (FeedContent.Clean(name) is { } n)
        {
            return n;
        }

        return FeedContent.Clean(person.Child(person.Namespace, "email")?.Text()) ?? FeedContent.Clean(person.Text());
    }

    /// <summary>A text construct: Atom 1.0 type text/html/xhtml or a MIME type; Atom 0.3 mode escaped/xml/base64.</summary>
    private static AtomText Text(FeedNode node)
    {
        var type = (node.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        var mode = node.Attribute("mode")?.Trim().ToLowerInvariant();
        var binary = type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
            && !type.Contains("xml", StringComparison.Ordinal) && !type.Contains("html", StringComparison.Ordinal);
        if (mode == "base64" || (binary && mode is null && !node.HasElementChildren))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(node.Text().Trim()));
                return new AtomText(decoded, type.Contains("html", StringComparison.Ordinal) || HtmlText.LooksLikeHtml(decoded), node.Base);
            }
            catch (FormatException)
            {
                return new AtomText("", false, node.Base);
            }
        }

        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || node.HasElementChildren)
        {
            var div = node.Child(FeedNamespaces.Xhtml, "div");
            // Atom 1.0 xhtml content is wrapped in one div that is not part of the content (RFC 4287 §3.1.1.3).
            var onlyDiv = type == "xhtml" && div is not null && node.ChildCount == 1 && string.IsNullOrWhiteSpace(node.Text());
            return new AtomText(onlyDiv ? div!.InnerMarkup() : node.InnerMarkup(), true, node.Base);
        }

        var isHtml = type is "html" or "text/html" || mode == "escaped" && type != "text/plain" && type != "text";
        return new AtomText(node.Text(), isHtml, node.Base);
    }
}
