using System.Text;

namespace Newsdesk.Writing.Rendering;

/// <summary>A story as Markdown: citations as bracketed source numbers ("[1][3]") that refer to the numbered sources list.</summary>
public static class StoryMarkdown
{
    public static string Render(Story story)
    {
        var cites = new Citations(story);
        var words = StoryWords.For(story.Language);   // the headings the renderer adds, in the story's language
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(story.Headline)).AppendLine();
        var lede = story.Lede.Length > 0 ? Sentence(story.Lede, story.LedeCites, cites) : "";
        // A story of headlines alone may have no lede: the dateline then stands on its own line.
        md.AppendLine((story.Dateline.Length, lede.Length) switch
        {
            (> 0, > 0) => $"**{Escape(story.Dateline)}** \u2014 {lede}",
            (> 0, _) => $"**{Escape(story.Dateline)}**",
            _ => lede,
        }).AppendLine();
        foreach (var section in story.Sections)
        {
            md.Append("## ").AppendLine(Escape(section.Heading)).AppendLine();
            foreach (var paragraph in section.Paragraphs)
            {
                md.AppendLine(string.Join(' ', paragraph.Select(s => Sentence(s.Text, s.Cites, cites)))).AppendLine();
            }

            foreach (var bullet in section.Bullets)
            {
                md.Append("- ").AppendLine(Sentence(bullet.Text, bullet.Cites, cites));
            }

            if (section.Bullets.Count > 0)
            {
                md.AppendLine();
            }
        }

        if (story.Facts.Count > 0)
        {
            md.Append("## ").AppendLine(words.KeyFacts).AppendLine().AppendLine("| | |").AppendLine("|---|---|");
            foreach (var fact in story.Facts)
            {
                md.AppendLine($"| {Cell(fact.Label)} | {Cell(fact.Value)}{Marks(fact.Cites, cites)} |");
            }

            md.AppendLine();
        }

        md.Append("## ").AppendLine(words.Sources).AppendLine();
        for (var i = 0; i < story.Sources.Count; i++)
        {
            var s = story.Sources[i];
            var when = s.Published is { } p ? $", {p.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";
            md.AppendLine($"{i + 1}. {Escape(s.Source)}: [{Escape(s.Title.Length > 0 ? s.Title : s.Url)}]({s.Url.Replace(")", "%29", StringComparison.Ordinal)}){when}");
        }

        return md.ToString();
    }

    private static string Sentence(string text, IEnumerable<string> ids, Citations cites) => Escape(text) + Marks(ids, cites);

    private static string Marks(IEnumerable<string> ids, Citations cites) => string.Concat(cites.For(ids).Select(n => $"[{n}]"));

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Escapes the characters that would start Markdown markup inside running text.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
