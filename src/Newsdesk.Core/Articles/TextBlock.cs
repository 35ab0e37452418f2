namespace Newsdesk.Articles;

/// <summary>One rendered block of text: a paragraph, heading, list item, table row or caption.</summary>
/// <param name="Text">The block's text, whitespace collapsed (line breaks kept for br and pre).</param>
/// <param name="LinkChars">Characters of the text that sit inside links.</param>
/// <param name="Tag">The innermost block element around the text.</param>
/// <param name="InList">The block sits in a list item.</param>
internal sealed record TextBlock(string Text, int LinkChars, string Tag, bool InList)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
