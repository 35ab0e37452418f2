using Newsdesk.Text;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>What a supporting article must hold: its words, its numbers and each sentence's terms.</summary>
internal sealed class ArticleEvidence
{
    public required HashSet<string> Words { get; init; }

    public required HashSet<string> Numbers { get; init; }

    public required IReadOnlyList<HashSet<string>> SentenceTerms { get; init; }

    /// <summary>Every content term of the article (title and sentences).</summary>
    public required HashSet<string> Terms { get; init; }

    public static ArticleEvidence Of(string title, IReadOnlyList<string> sentences)
    {
        var all = title + "\n" + string.Join('\n', sentences);
        var sentenceTerms = new List<HashSet<string>> { new(Tokens.Terms(title), StringComparer.Ordinal) };
        sentenceTerms.AddRange(sentences.Select(s => new HashSet<string>(Tokens.Terms(s), StringComparer.Ordinal)));
        return new ArticleEvidence
        {
            Words = new HashSet<string>(Tokenizer.Words(all), StringComparer.Ordinal),
            Numbers = new HashSet<string>(SentenceFeatures.Numbers(all), StringComparer.Ordinal),
            SentenceTerms = sentenceTerms,
            Terms = sentenceTerms.SelectMany(t => t).ToHashSet(StringComparer.Ordinal),
        };
    }
}
