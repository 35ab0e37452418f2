using System.Text;

namespace Newsdesk.Articles;

/// <summary>Whitespace handling shared by the renderer, the metadata reader and the evaluation.</summary>
public static class TextNormalizer
{
    /// <summary>Collapses every run of whitespace (including no-break spaces) into one space and trims.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
