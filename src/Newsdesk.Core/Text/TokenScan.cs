namespace Newsdesk.Text;

/// <summary>Where one token lies in its text: <c>text[Start..End]</c>. A number's span includes its currency sign and percent sign.</summary>
public readonly record struct TokenSpan(int Start, int End, TokenKind Kind);

/// <summary>
/// The tokens of a text, in order, as spans, without allocating: <c>foreach (var span in
/// Tokenizer.Scan(text, options))</c>. Stages that keep their own form of a word (the clusterer's
/// interned lowercase words) read the spans; the others call <see cref="Tokenizer.Tokenize"/> or
/// <see cref="Tokenizer.Words"/>. Unbounded by itself: the caller stops when it has read enough.
/// </summary>
public ref struct TokenScan
{
    private readonly string _text;
    private readonly TokenizerOptions _options;
    private int _at;

    internal TokenScan(string text, TokenizerOptions options)
    {
        _text = text;
        _options = options;
    }

    public TokenSpan Current { get; private set; }

    public readonly TokenScan GetEnumerator() => this;

    public bool MoveNext()
    {
        if (!Tokenizer.Next(_text, _at, _options, out var span))
        {
            return false;
        }

        Current = span;
        _at = span.End;
        return true;
    }
}
