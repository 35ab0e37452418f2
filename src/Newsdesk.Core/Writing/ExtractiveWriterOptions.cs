namespace Newsdesk.Writing;

/// <summary>Options of the extractive writer; the defaults are the calibrated ones (docs/writing.md).</summary>
public sealed record ExtractiveWriterOptions
{
    /// <summary>Smallest allowed target length in words.</summary>
    public const int MinTargetWords = 50;

    /// <summary>Largest allowed target length in words.</summary>
    public const int MaxTargetWords = 2000;

    /// <summary>Words of story text (lede, paragraphs, bullets) to aim for; design: 250 to 600.</summary>
    public int TargetWords { get; init; } = 400;

    /// <summary>Sentences read per article; later sentences of long articles add little and cost time.</summary>
    public int MaxSentencesPerArticle { get; init; } = 80;

    /// <summary>Sentences considered per story in all; bounds the time on a 500-article story.</summary>
    public int MaxSentences { get; init; } = 3000;

    /// <summary>Throws when an option is outside its range (checked when the writer is made).</summary>
    public void Validate()
    {
        if (TargetWords is < MinTargetWords or > MaxTargetWords)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetWords), TargetWords, $"TargetWords must be within {MinTargetWords}..{MaxTargetWords}");
        }

        if (MaxSentencesPerArticle < 1 || MaxSentences < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSentences), "sentence caps must be positive");
        }
    }
}
