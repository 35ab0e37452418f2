using Newsdesk.Publishing;
using Newsdesk.Text;

namespace Newsdesk.Notify;

/// <summary>
/// Whether a published story matches a follow. Topics and entities compare by route key (so
/// "Bank of England" follows /entity/bank-of-england, and an entity follow takes what its page
/// lists, <see cref="EntityKeys"/>); a query uses the site's search syntax as
/// the in-memory search does (<see cref="SearchTerms"/>: every word, as a prefix or part of a
/// word of the headline, lede, body, topics or entities); "breaking" matches a story while it is
/// breaking, and one that was when it was written.
/// </summary>
public static class FollowMatcher
{
    /// <param name="surnameOwners">Whose each surname is among the published stories (<see cref="EntityKeys.SurnameOwners"/>).</param>
    public static bool Matches(FollowSpec spec, PublishedStory story, IReadOnlyDictionary<string, string> surnameOwners) => spec.Kind switch
    {
        FollowKind.Topic => story.Topics.Any(t => Slug.ForTerm(t) == Slug.ForTerm(spec.Term)),
        FollowKind.Entity => story.Entities.Any(e => EntityKeys.Names(e, Slug.ForTerm(spec.Term), surnameOwners)),
        FollowKind.Query => MatchesQuery(spec.Term, story),
        FollowKind.Breaking => story.Breaking,
        _ => false,
    };

    /// <summary>Every term of <paramref name="query"/> occurs in the story's words (an empty query matches nothing).</summary>
    public static bool MatchesQuery(string query, PublishedStory story)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0)
        {
            return false;
        }

        var words = " " + string.Join(' ', SearchTerms.Tokens(SearchableText(story)).Distinct(StringComparer.Ordinal)) + " ";
        return terms.All(t => words.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>What a query is matched against: headline, lede, sections, bullets, topics and entities.</summary>
    public static string SearchableText(PublishedStory story)
    {
        var text = new System.Text.StringBuilder();
        text.Append(story.Content.Headline).Append('\n').Append(story.Content.Lede).Append('\n');
        foreach (var section in story.Content.Sections)
        {
            text.Append(section.Heading).Append('\n');
            foreach (var sentence in section.Paragraphs.SelectMany(p => p).Concat(section.Bullets))
            {
                text.Append(sentence.Text).Append(' ');
            }
        }

        text.AppendJoin(' ', story.Topics).Append(' ').AppendJoin(' ', story.Entities);
        return text.ToString();
    }
}
