namespace Newsdesk.Articles;

/// <summary>How the main text was found.</summary>
public enum ExtractionMethod
{
    /// <summary>No text was found.</summary>
    None,

    /// <summary>A container named as the article body (articleBody, entry-content, article, main).</summary>
    Container,

    /// <summary>The readability-style content scorer.</summary>
    Scorer,

    /// <summary>The articleBody of the page's JSON-LD.</summary>
    JsonLd,

    /// <summary>All prose blocks of the page body.</summary>
    Baseline,
}

/// <summary>
/// The result of extracting one page: the fields of <c>newsdesk extract</c> (design.md §3) first,
/// then the extras. <see cref="Text"/> holds paragraphs separated by a blank line.
/// </summary>
public sealed record ExtractedArticle(
    string? Url,
    string? Title,
    string? Author,
    DateTimeOffset? Published,
    string? Language,
    string Text)
{
    /// <summary>The page's canonical URL (rel=canonical, og:url), normalised.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The lead image (og:image, JSON-LD image).</summary>
    public string? Image { get; init; }

    /// <summary>The page's own summary (og:description, meta description).</summary>
    public string? Description { get; init; }

    /// <summary>The outlet's name (og:site_name, JSON-LD publisher).</summary>
    public string? SiteName { get; init; }

    /// <summary>Which stage of the fallback chain produced <see cref="Text"/>.</summary>
    public ExtractionMethod Method { get; init; }
}
