using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Newsdesk.Demo;

/// <summary>
/// Reads the sample set from disk: samples/manifest.json (the story-time frame),
/// samples/outlets/&lt;slug&gt;/outlet.json and samples/articles/&lt;id&gt;.md (a front matter of
/// "key: value" lines between "---" lines, then the body's paragraphs separated by blank lines).
/// </summary>
public static class SampleSetLoader
{
    public const string ManifestFile = "manifest.json";

    /// <summary>Bounds: the samples are ours, but a bad edit must fail clearly, not exhaust memory.</summary>
    internal const int MaxFileBytes = 256 * 1024;
    internal const int MaxArticles = 2_000;
    internal const int MaxOutlets = 100;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SampleSet Load(string root)
    {
        var manifest = ReadJson<ManifestDto>(Path.Combine(root, ManifestFile));
        if (!DateTimeOffset.TryParse(manifest.StoryStart, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new SampleSetException($"{ManifestFile}: storyStart '{manifest.StoryStart}' is not an ISO 8601 time");
        }

        if (!SampleDuration.TryParse(manifest.StoryLength, out var length) || length <= TimeSpan.Zero)
        {
            throw new SampleSetException($"{ManifestFile}: storyLength '{manifest.StoryLength}' is not a duration like +72h");
        }

        var outlets = LoadOutlets(Path.Combine(root, "outlets"));
        var drafts = LoadArticles(Path.Combine(root, "articles"), outlets, start.ToUniversalTime(), length);
        var articles = ResolveCopies(drafts, outlets, start.ToUniversalTime());
        return new SampleSet(root, start.ToUniversalTime(), length, outlets, articles);
    }

    private static List<SampleOutlet> LoadOutlets(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SampleSetException($"no outlets folder at {folder}");
        }

        var outlets = new List<SampleOutlet>();
        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Take(MaxOutlets))
        {
            var file = Path.Combine(dir, "outlet.json");
            var dto = ReadJson<OutletDto>(file);
            var slug = Path.GetFileName(dir);
            if (dto.Feed is null || string.IsNullOrWhiteSpace(dto.Name) || string.IsNullOrWhiteSpace(dto.Template) || string.IsNullOrWhiteSpace(dto.ArticlePath))
            {
                throw new SampleSetException($"{file}: name, feed, template and articlePath are required");
            }

            var format = dto.Feed.Format?.ToLowerInvariant() switch
            {
                "rss" => SampleFeedFormat.Rss,
                "rdf" => SampleFeedFormat.Rdf,
                "atom" => SampleFeedFormat.Atom,
                "json" => SampleFeedFormat.Json,
                var other => throw new SampleSetException($"{file}: unknown feed format '{other}' (rss, rdf, atom, json)"),
            };
            var windows = (dto.Faults?.FeedErrorWindows ?? []).Select(w => ParseWindow(file, w)).ToList();
            outlets.Add(new SampleOutlet(
                slug,
                dto.Name,
                dto.Kind ?? "outlet",
                dto.Description ?? "",
                format,
                dto.Feed.Path ?? "feed.xml",
                dto.Template,
                dto.ArticlePath,
                dto.Feed.LinkQuery,
                dto.Feed.FullText,
                new SampleFaults(dto.Faults?.MalformedFeed ?? false, windows),
                (dto.SectionFeeds ?? []).Select(f => ParseSectionFeed(file, f)).ToList(),
                dto.Feed.RedirectLinks,
                CharsetOf(file, dto.Charset, format)));
        }

        return outlets;
    }

    private static string? CharsetOf(string file, string? charset, SampleFeedFormat format)
    {
        var name = charset?.ToLowerInvariant();
        if (!SampleCharsets.IsKnown(name))
        {
            throw new SampleSetException($"{file}: charset '{charset}' is not {SampleCharsets.Utf8Name} or {SampleCharsets.Latin1}");
        }

        if (name == SampleCharsets.Latin1 && format == SampleFeedFormat.Json)
        {
            throw new SampleSetException($"{file}: a JSON Feed is always UTF-8");
        }

        return name;
    }

    private static SampleSectionFeed ParseSectionFeed(string file, SectionFeedDto dto) =>
        !string.IsNullOrWhiteSpace(dto.Path) && !string.IsNullOrWhiteSpace(dto.Title) && dto.Sections is { Count: > 0 }
            ? new SampleSectionFeed(dto.Path, dto.Title, dto.Sections)
            : throw new SampleSetException($"{file}: a section feed needs path, title and sections");

    private static StoryWindow ParseWindow(string file, WindowDto dto) =>
        SampleDuration.TryParse(dto.From, out var from) && SampleDuration.TryParse(dto.To, out var to) && to > from
            ? new StoryWindow(from, to)
            : throw new SampleSetException($"{file}: bad feed error window {dto.From}..{dto.To}");

    private static List<ArticleDraft> LoadArticles(string folder, List<SampleOutlet> outlets, DateTimeOffset start, TimeSpan length)
    {
        if (!Directory.Exists(folder))
        {
            throw new SampleSetException($"no articles folder at {folder}");
        }

        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        if (files.Count > MaxArticles)
        {
            throw new SampleSetException($"{folder}: {files.Count} articles, more than the {MaxArticles} allowed");
        }

        var drafts = new List<ArticleDraft>(files.Count);
        foreach (var file in files)
        {
            var draft = ArticleFile.Parse(file, ReadBounded(file));
            if (outlets.All(o => o.Slug != draft.Outlet))
            {
                throw new SampleSetException($"{file}: unknown outlet '{draft.Outlet}'");
            }

            if (draft.Published > length)
            {
                throw new SampleSetException($"{file}: published {draft.Published} is after the story ends ({length})");
            }

            drafts.Add(draft);
        }

        return drafts;
    }

    private static List<SampleArticle> ResolveCopies(List<ArticleDraft> drafts, List<SampleOutlet> outlets, DateTimeOffset start)
    {
        var byId = drafts.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var articles = new List<SampleArticle>(drafts.Count);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts.OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var paragraphs = draft.Paragraphs;
            if (draft.CopyOf is { } original)
            {
                if (!byId.TryGetValue(original, out var source) || source.CopyOf is not null)
                {
                    throw new SampleSetException($"article {draft.Id}: copyOf '{original}' is not an original article");
                }

                if (paragraphs.Count == 0)
                {
                    paragraphs = source.Paragraphs.Take(Math.Max(1, source.Paragraphs.Count - draft.DropLast)).ToList();
                }
            }

            if (paragraphs.Count == 0)
            {
                throw new SampleSetException($"article {draft.Id}: empty body");
            }

            var outlet = outlets.First(o => o.Slug == draft.Outlet);
            var path = ArticlePaths.Expand(outlet.ArticlePath, draft.Id, draft.Headline, start + draft.Published);
            if (!paths.Add(outlet.Slug + "/" + path))
            {
                throw new SampleSetException($"article {draft.Id}: page path {path} is used twice in {outlet.Slug}");
            }

            articles.Add(new SampleArticle(
                draft.Id, draft.Outlet, draft.Event, draft.Published, draft.Headline, draft.Author, draft.Section,
                draft.Summary, draft.Caption, paragraphs, draft.Paywalled, draft.CopyOf, path));
        }

        return articles;
    }

    private static string ReadBounded(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            throw new SampleSetException($"missing file {file}");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new SampleSetException($"{file}: {info.Length} bytes, more than the {MaxFileBytes} allowed");
        }

        return File.ReadAllText(file, Encoding.UTF8);
    }

    private static T ReadJson<T>(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(ReadBounded(file), Json) ?? throw new SampleSetException($"{file}: empty JSON");
        }
        catch (JsonException e)
        {
            throw new SampleSetException($"{file}: {e.Message}", e);
        }
    }

    private sealed record ManifestDto(string? StoryStart, string? StoryLength);

    private sealed record OutletDto(string? Name, string? Kind, string? Description, FeedDto? Feed, string? Template, string? ArticlePath, FaultsDto? Faults, List<SectionFeedDto>? SectionFeeds, string? Charset);

    private sealed record SectionFeedDto(string? Path, string? Title, List<string>? Sections);

    private sealed record FeedDto(string? Format, string? Path, bool FullText, string? LinkQuery, bool RedirectLinks);

    private sealed record FaultsDto(bool MalformedFeed, List<WindowDto>? FeedErrorWindows);

    private sealed record WindowDto(string? From, string? To);
}
