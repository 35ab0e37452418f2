using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>The checkable sentences of a story, each with the ids it cites, in reading order; a quotation that runs over several sentences is one, checked whole (<see cref="Quotes.Whole"/>).</summary>
internal static class StorySentences
{
    /// <param name="language">The language the story's text is split in (its sources'): "am 30. November" is one German sentence.</param>
    public static IEnumerable<CitedSentence> Of(Story story, string? language)
    {
        var ledeCites = story.LedeCites ?? [];
        if (!string.IsNullOrWhiteSpace(story.Headline))
        {
            // The headline sums up the story: it is checked against the lede's sources, or all of them.
            yield return new CitedSentence(story.Headline.Trim(), ledeCites);
        }

        foreach (var sentence in Quotes.Whole(Sentences.Split(story.Lede, language)))
        {
            yield return new CitedSentence(sentence, ledeCites);
        }

        foreach (var section in story.Sections ?? [])
        {
            foreach (var paragraph in section.Paragraphs ?? [])
            {
                foreach (var cited in paragraph ?? [])
                {
                    foreach (var sentence in Quotes.Whole(Sentences.Split(cited.Text, language)))
                    {
                        yield return new CitedSentence(sentence, cited.Cites ?? []);
                    }
                }
            }

            foreach (var bullet in section.Bullets ?? [])
            {
                if (!string.IsNullOrWhiteSpace(bullet.Text))
                {
                    yield return new CitedSentence(bullet.Text.Trim(), bullet.Cites ?? []);
                }
            }
        }

        foreach (var fact in story.Facts ?? [])
        {
            yield return new CitedSentence($"{fact.Label}: {fact.Value}", fact.Cites ?? []);
        }
    }
}
