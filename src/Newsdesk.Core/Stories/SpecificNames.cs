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
    public static bool Shared(TermCentroid coreNames, ArticleProfile article, StreamVocabulary vocabulary, StoryClustererOptions options, bool moreThanAPlace, IReadOnlySet<string>? ignored = null)
    {
        string? place = null;
        foreach (var (name, _) in article.Names.Terms)
        {
            if (!coreNames.Weights.ContainsKey(name) || ignored?.Contains(name) == true || !vocabulary.IsSpecific(name, options.SpecificNameShare, options.SpecificNameFloor))
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

    /// <summary>
    /// How many people, places or things an article names that a story's core names too, counting
    /// specific names only (as <see cref="Shared"/>), at most two. The words and pairs of one name
    /// are one ("anthoni_fauci", "fauci"; "kim_jong", "jong_un"), and so are the terms of one place
    /// ("los_angel", "angel_counti" of "Los Angeles County"). <c>Recent</c>: the fewest documents
    /// that named a term of the first shared name lately (<see cref="StreamVocabulary.RecentDocuments"/>):
    /// a name the stream had not met before this happening has a handful; a city or a politician
    /// named every day has many.
    /// </summary>
    public static (int Count, double Recent) Anchors(TermCentroid coreNames, ArticleProfile article, StreamVocabulary vocabulary, StoryClustererOptions options, DateTimeOffset at, IReadOnlySet<string>? ignored = null, bool readAll = false)
    {
        List<HashSet<string>>? anchors = null;
        var rare = double.MaxValue;
        foreach (var (name, _) in article.Names.Terms)
        {
            if (!coreNames.Weights.ContainsKey(name) || ignored?.Contains(name) == true || !vocabulary.IsSpecific(name, options.SpecificNameShare, options.SpecificNameFloor))
            {
                continue;
            }

            var words = new HashSet<string>(name.Split('_'), StringComparer.Ordinal);
            if (article.Places is not null && article.Places.TryGetValue(name, out var place))
            {
                words.Add("@" + place);
            }

            anchors ??= [];
            HashSet<string>? joined = null;
            for (var i = anchors.Count - 1; i >= 0; i--)
            {
                if (!anchors[i].Overlaps(words))
                {
                    continue;
                }

                if (joined is null)
                {
                    anchors[i].UnionWith(words);
                    joined = anchors[i];
                }
                else
                {
                    joined.UnionWith(anchors[i]);
                    anchors.RemoveAt(i);
                }
            }

            if (joined is null)
            {
                anchors.Add(words);
            }

            if (anchors.Count >= 2 && !readAll)
            {
                return (2, rare);
            }

            rare = Math.Min(rare, vocabulary.RecentDocuments(name, at, options.RecurringHalfLife));
        }

        return (Math.Min(anchors?.Count ?? 0, 2), rare);
    }

    /// <summary>
    /// The one-word names an article and a story's core share only as the last word of different full names: the
    /// article names "john_bryant" and the core "kobe_bryant", and neither names the other's (one surname, two
    /// people; "calexico_calif" and "reedley_calif", two places). A word that either side also ends a full name with
    /// that the other holds, or that ends no full name on one side, is not among them; nor is a word that opens a
    /// full name ("desanti_florida" of "DeSantis' Florida" beside "florida_gov" is one Florida).
    /// </summary>
    public static List<string>? Disagreeing(TermCentroid coreNames, ArticleProfile article)
    {
        List<string>? disagreeing = null;
        foreach (var (name, _) in article.Names.Terms)
        {
            if (name.Contains('_', StringComparison.Ordinal) || !coreNames.Weights.ContainsKey(name))
            {
                continue;
            }

            var articleFull = false;
            var agree = false;
            foreach (var (other, _) in article.Names.Terms)
            {
                if (Ends(other, name))
                {
                    articleFull = true;
                    agree |= coreNames.Weights.ContainsKey(other);
                }
            }

            if (!articleFull || agree)
            {
                continue;
            }

            foreach (var other in coreNames.Weights.Keys)
            {
                if (Ends(other, name))
                {
                    (disagreeing ??= []).Add(name);
                    break;
                }
            }
        }

        return disagreeing;
    }

    /// <summary>Whether the joined name <paramref name="name"/> ends with the word <paramref name="word"/> ("kobe_bryant", "bryant").</summary>
    internal static bool Ends(string name, string word) =>
        name.Length > word.Length + 1 && name.EndsWith(word, StringComparison.Ordinal) && name[name.Length - word.Length - 1] == '_';
}
