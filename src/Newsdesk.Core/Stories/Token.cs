namespace Newsdesk.Stories;

/// <summary>A word as the clusterer sees it.</summary>
/// <param name="Term">Lower-cased, lightly stemmed form used as the index term.</param>
/// <param name="Surface">Lower-cased form before stemming (what case statistics count).</param>
/// <param name="Capitalised">The word began with an upper-case letter.</param>
/// <param name="SentenceStart">The word opened a sentence (its capital says nothing).</param>
/// <param name="Stop">A function word: no term of its own, but it breaks entity runs.</param>
internal readonly record struct Token(string Term, string Surface, bool Capitalised, bool SentenceStart, bool Stop);
