namespace Newsdesk.Stories;

/// <summary>A distinct word form, made once and shared by every occurrence (see <see cref="Lexicon"/>).</summary>
/// <param name="Surface">Lower-cased form before stemming (what case statistics count).</param>
/// <param name="Term">Lightly stemmed form used as the index term.</param>
/// <param name="Stop">A function word (or too short, or a small number): no term of its own, but it breaks entity runs.</param>
internal sealed record Word(string Surface, string Term, bool Stop);

/// <summary>A word as the clusterer sees it.</summary>
/// <param name="Word">The shared word form.</param>
/// <param name="Capitalised">The word began with an upper-case letter.</param>
/// <param name="SentenceStart">The word opened a sentence (its capital says nothing).</param>
internal readonly record struct Token(Word Word, bool Capitalised, bool SentenceStart)
{
    public string Term => Word.Term;

    public string Surface => Word.Surface;

    public bool Stop => Word.Stop;
}
