using System.Text;
using Newsdesk.Articles;

namespace Newsdesk.Writing.Evaluation;

/// <summary>One Multi-News cluster: its articles (two of them unrelated, by construction of the sample) and the human summary.</summary>
public sealed record MultiNewsCluster(int Index, IReadOnlyList<Article> Articles, string Summary);

/// <summary>
/// Reads the Multi-News sample (bench-data/multinews-sample/*.csv): columns index, documents
/// (a Python list literal of article texts), num_documents, summary (which opens with "– ").
/// </summary>
public static class MultiNews
{
    public static List<MultiNewsCluster> Read(string csvPath, int max = int.MaxValue)
    {
        var clusters = new List<MultiNewsCluster>();
        var rows = Csv(File.ReadAllText(csvPath, Encoding.UTF8));
        foreach (var row in rows.Skip(1))
        {
            if (clusters.Count >= max)
            {
                break;
            }

            if (row.Count < 4)
            {
                continue;
            }

            var index = clusters.Count;
            var texts = PythonStrings(row[1]);
            var articles = texts.Select((t, i) => new Article($"c{index}-a{i}", $"https://example.invalid/{index}/{i}", $"Outlet {i + 1}", "", t, null)).ToList();
            clusters.Add(new MultiNewsCluster(index, articles, row[3].TrimStart('\u2013', '-', ' ')));
        }

        return clusters;
    }

    /// <summary>RFC 4180 CSV: quoted fields with doubled quotes, fields may hold newlines.</summary>
    public static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The strings of a Python list literal of str ('...' or "..." with backslash escapes).</summary>
    public static List<string> PythonStrings(string literal)
    {
        var strings = new List<string>();
        var i = 0;
        while (i < literal.Length)
        {
            var quote = literal[i];
            if (quote is not ('\'' or '"'))
            {
                i++;
                continue;
            }

            var s = new StringBuilder();
            i++;
            while (i < literal.Length && literal[i] != quote)
            {
                if (literal[i] == '\\' && i + 1 < literal.Length)
                {
                    i++;
                    switch (literal[i])
                    {
                        case 'n': s.Append('\n'); break;
                        case 't': s.Append('\t'); break;
                        case 'r': s.Append('\r'); break;
                        case 'x' when i + 2 < literal.Length:
                            s.Append((char)Convert.ToInt32(literal.Substring(i + 1, 2), 16));
                            i += 2;
                            break;
                        case 'u' when i + 4 < literal.Length:
                            s.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                            i += 4;
                            break;
                        default: s.Append(literal[i]); break;
                    }
                }
                else
                {
                    s.Append(literal[i]);
                }

                i++;
            }

            strings.Add(s.ToString());
            i++;
        }

        return strings;
    }
}
