using System.Globalization;
using System.Text;
using Newsdesk.Articles;

namespace Newsdesk.Bench;

/// <summary>The uci-news-clusters headlines (bench-data/uci-news-clusters/headlines.csv) in time order, with their gold story.</summary>
internal sealed record LabelledArticle(Article Article, string Story);

internal static class UciHeadlines
{
    public static List<LabelledArticle> Load(string csvPath)
    {
        var rows = ReadCsv(File.ReadAllText(csvPath));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int id = Col("ID"), title = Col("TITLE"), url = Col("URL"), publisher = Col("PUBLISHER"), story = Col("STORY"), ts = Col("TIMESTAMP");
        return rows.Skip(1)
            .Where(r => r.Length == header.Length)
            .Select(r => new LabelledArticle(
                new Article(r[id], r[url], r[publisher], r[title], "",
                    DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(r[ts], CultureInfo.InvariantCulture))),
                r[story]))
            .OrderBy(a => a.Article.Published)
            .ThenBy(a => long.Parse(a.Article.Id, CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>Which half a story falls in (a stable hash of its id), to check that a figure holds on both.</summary>
    public static int Half(string story)
    {
        var h = 2166136261u;
        foreach (var c in story)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h % 2);
    }

    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
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
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
