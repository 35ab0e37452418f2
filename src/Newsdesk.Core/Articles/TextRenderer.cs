using System.Text;
using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Renders a subtree into text blocks: every block element starts a new block, br is a line
/// break, table cells are joined by a space and rows are blocks, pre keeps its whitespace.
/// The walk is iterative (<see cref="DomCursor"/>) and stops after a node budget.
/// </summary>
internal sealed class TextRenderer
{
    private readonly List<TextBlock> blocks = [];
    private readonly List<string> blockStack = [];
    private readonly StringBuilder buffer = new();
    private readonly bool includeTables;
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private int listDepth;
    private int tableDepth;

    private TextRenderer(bool includeTables) => this.includeTables = includeTables;

    public static List<TextBlock> Render(IEnumerable<IElement> roots, int maxNodes, bool includeTables = true)
    {
        var renderer = new TextRenderer(includeTables);
        var budget = maxNodes;
        foreach (var root in roots)
        {
            budget = renderer.Walk(root, budget);
            renderer.Flush();
        }

        return renderer.blocks;
    }

    private int Walk(IElement root, int budget)
    {
        Enter(root);
        var cursor = new DomCursor(root);
        Action<INode> leave = Leave;
        while (cursor.Current is { } node && budget-- > 0)
        {
            cursor.MoveNext(descend: Enter(node), leave);
        }

        Leave(root);
        return budget;
    }

    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return false;
        }

        if (node is not IElement element)
        {
            return false;
        }

        var tag = element.LocalName;
        switch (tag)
        {
            case "br":
                buffer.Append('\n');
                return false;
            case "a":
                linkDepth++;
                break;
            case "pre":
                preDepth++;
                break;
            case "li" or "dd" or "dt":
                listDepth++;
                break;
            case "table":
                if (!includeTables)
                {
                    return false;
                }

                tableDepth++;
                break;
            case "td" or "th":
                if (buffer.Length > 0 && buffer[^1] != ' ')
                {
                    buffer.Append(' ');
                }

                return true;
        }

        if (ExtractionRules.BlockTags.Contains(tag))
        {
            Flush();
            blockStack.Add(tag);
        }

        return true;
    }

    private void Leave(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        var tag = element.LocalName;
        switch (tag)
        {
            case "a":
                linkDepth--;
                break;
            case "pre":
                preDepth--;
                break;
            case "li" or "dd" or "dt":
                listDepth--;
                break;
            case "table":
                if (!includeTables)
                {
                    return;
                }

                tableDepth--;
                break;
        }

        if (ExtractionRules.BlockTags.Contains(tag))
        {
            Flush();
            if (blockStack.Count > 0)
            {
                blockStack.RemoveAt(blockStack.Count - 1);
            }
        }
    }

    private void AppendText(string data)
    {
        var before = buffer.Length;
        if (preDepth > 0)
        {
            buffer.Append(data);
        }
        else
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    if (buffer.Length > 0 && buffer[^1] != ' ' && buffer[^1] != '\n')
                    {
                        buffer.Append(' ');
                    }
                }
                else
                {
                    buffer.Append(c);
                }
            }
        }

        if (linkDepth > 0)
        {
            linkChars += buffer.Length - before;
        }
    }

    private void Flush()
    {
        if (buffer.Length == 0)
        {
            return;
        }

        var text = preDepth > 0 ? buffer.ToString().Trim('\n', '\r') : TrimLines(buffer);
        buffer.Clear();
        if (text.Length > 0 && !string.IsNullOrWhiteSpace(text))
        {
            var tag = blockStack.Count > 0 ? blockStack[^1] : "div";
            blocks.Add(new TextBlock(text, Math.Min(linkChars, text.Length), tag, listDepth > 0));
        }

        linkChars = 0;
    }

    private static string TrimLines(StringBuilder builder)
    {
        var lines = builder.ToString().Split('\n');
        var result = new StringBuilder(builder.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(trimmed);
        }

        return result.ToString();
    }
}
