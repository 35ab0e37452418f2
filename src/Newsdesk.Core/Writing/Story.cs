namespace Newsdesk.Writing;

/// <summary>
/// A written story, the output of <c>write</c> and the input of <c>verify</c> (design.md §3).
/// Every sentence carries the ids of all the articles that support it. "What comes next" is a
/// section like the others. <see cref="LedeCites"/> extends the contract: the lede is cited too.
/// </summary>
public sealed record Story(
    string Headline,
    string Dateline,
    string Lede,
    IReadOnlyList<string> LedeCites,
    IReadOnlyList<StorySection> Sections,
    IReadOnlyList<StoryFact> Facts,
    IReadOnlyList<StorySource> Sources)
{
    /// <summary>
    /// The language the story is written in (ISO 639-1; its sources' own, <see cref="StoryLanguage"/>), which
    /// the furniture the writer added is in too (<see cref="StoryWords"/>). Extends the contract; "en" when absent.
    /// </summary>
    public string Language { get; init; } = Newsdesk.Text.Languages.Default;
}

/// <summary>A section: a subhead, paragraphs of cited sentences, and bullets (who said what).</summary>
public sealed record StorySection(
    string Heading,
    IReadOnlyList<IReadOnlyList<CitedSentence>> Paragraphs,
    IReadOnlyList<CitedSentence> Bullets);

/// <summary>One sentence and the ids of the articles that support it.</summary>
public sealed record CitedSentence(string Text, IReadOnlyList<string> Cites);

/// <summary>A row of the key-facts table.</summary>
public sealed record StoryFact(string Label, string Value, IReadOnlyList<string> Cites);

/// <summary>An entry of the story's sources list.</summary>
public sealed record StorySource(string Id, string Source, string Title, string Url, DateTimeOffset? Published);
