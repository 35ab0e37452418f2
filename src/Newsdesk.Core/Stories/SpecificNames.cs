namespace Newsdesk.Stories;

/// <summary>
/// Whether an article names someone or somewhere specific that a story's core names too: a name
/// that at most <see cref="StoryClustererOptions.SpecificNameShare"/> of the stream's documents hold
/// (or at most <see cref="StoryClustererOptions.SpecificNameFloor"/>). A name every other report
/// carries ("Covid", "Trump", "China") says which topic an article is on, not which happening.
/// With <paramref name="moreThanAPlace"/>, one shared place is not enough either: the article must
/// share a specific name that is not a place (<see cref="PlaceNames"/>), or two specific places.
/// </summary>
internal static class SpecificNames
{
    public static bool Shared(TermCentroid coreNames, ArticleProfile article, StreamVocabulary vocabulary, StoryClustererOptions options, bool moreThanAPlace)
    {
        string? place = null;
        foreach (var (name, _) in article.Names.Terms)
        {
            if (!coreNames.Weights.ContainsKey(name) || !vocabulary.IsSpecific(name, options.SpecificNameShare, options.SpecificNameFloor))
            {
                continue;
            }

            if (!moreThanAPlace || article.Places is null || !article.Places.TryGetValue(name, out var named))
            {
                return true;
            }

            if (place is null)
            {
                place = named;
            }
            else if (place != named)
            {
                return true;
            }
        }

        return false;
    }
}
