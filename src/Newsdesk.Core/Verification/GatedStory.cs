using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>The parts of a story a reader sees, each checked before it is published.</summary>
public enum StoryPart
{
    Headline,
    Dateline,
    Lede,
    Subhead,
    Paragraph,
    Bullet,
    Fact,
}

/// <summary>
/// The gate's verdict on one part of the draft: <paramref name="Published"/> is what goes out in
/// its place ("" when the part is left out; a replacement when a refused headline, subhead or
/// dateline part is replaced by something checked or by a heading that claims nothing).
/// </summary>
public sealed record PartVerdict(StoryPart Part, string Text, bool Supported, IReadOnlyList<string> Reasons, string Published);

/// <summary>
/// What <see cref="PublicationGate"/> lets out: the story (null when nothing of it may be
/// published: no supported sentence, or no headline that the sources support) and the verdict on
/// every part of the draft, in reading order.
/// </summary>
public sealed record GatedStory(Story? Story, IReadOnlyList<PartVerdict> Parts)
{
    /// <summary>The parts that are statements of the sources (lede sentences, paragraph sentences, bullets, fact rows).</summary>
    private static bool IsSentence(StoryPart part) => part is StoryPart.Lede or StoryPart.Paragraph or StoryPart.Bullet or StoryPart.Fact;

    /// <summary>Sentences, bullets and fact rows checked.</summary>
    public int SentencesChecked => Parts.Count(p => IsSentence(p.Part));

    /// <summary>Of those, how many the sources support.</summary>
    public int SentencesSupported => Parts.Count(p => IsSentence(p.Part) && p.Supported);

    /// <summary>Of those, how many were left out.</summary>
    public int SentencesFlagged => Parts.Count(p => IsSentence(p.Part) && !p.Supported);

    /// <summary>Headlines, subheads and dateline parts refused (replaced or left out).</summary>
    public int FramingRefused => Parts.Count(p => !IsSentence(p.Part) && !p.Supported);
}
