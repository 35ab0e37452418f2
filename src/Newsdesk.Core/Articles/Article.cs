namespace Newsdesk.Articles;

/// <summary>
/// An article as the later stages see it: the input record of <c>cluster</c> and <c>write</c>
/// (design.md §3). <see cref="Text"/> may be empty for headline-only streams; paragraphs are
/// separated by a blank line.
/// </summary>
public sealed record Article(
    string Id,
    string Url,
    string Source,
    string Title,
    string Text,
    DateTimeOffset? Published);
