using Newsdesk.Articles;
using Newsdesk.Text;

namespace Newsdesk.Writing;

/// <summary>
/// The language a story is written and published in: the one most of its articles are written in,
/// as <see cref="LanguageDetector"/> reads each article's text (its title when it has none). The
/// writer keeps only that language's articles (and those whose language cannot be told), so the
/// story is in one language, its sources' own; the site marks it with this code.
/// </summary>
public static class StoryLanguage
{
    /// <summary>Each article's detected language (null when too few words tell).</summary>
    public static IReadOnlyList<string?> Detect(IReadOnlyList<Article> articles) =>
        articles.Select(a => LanguageDetector.Detect(a.Text.Length > 0 ? a.Text : a.Title)).ToList();

    /// <summary>The story's language: the dominant one of its articles; <see cref="Languages.Default"/> when none can be told.</summary>
    public static string Of(IReadOnlyList<Article> articles) => Languages.Dominant(Detect(articles)) ?? Languages.Default;

    /// <summary>The articles the story is written from: those in its dominant language, plus those of unknown language.</summary>
    public static List<Article> Keep(IReadOnlyList<Article> articles) => Choose(articles).Articles;

    /// <summary>
    /// The story's language (null when none can be told) and the articles it is written from:
    /// those in that language, plus those whose language cannot be told.
    /// </summary>
    public static (string? Language, List<Article> Articles) Choose(IReadOnlyList<Article> articles)
    {
        var languages = Detect(articles);
        var dominant = Languages.Dominant(languages);
        return (dominant, articles.Where((_, i) => languages[i] is null || languages[i] == dominant).ToList());
    }
}
