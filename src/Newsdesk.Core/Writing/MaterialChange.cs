using System.Globalization;
using Newsdesk.Text;

namespace Newsdesk.Writing;

/// <summary>
/// A report as the revision decision sees it: its outlet and its text (not its title: headline
/// case capitalises every word, so a title's words are no evidence of a name).
/// </summary>
public sealed record ReportFacts(string Outlet, string Text);

/// <summary>
/// Whether reports that arrived after a story was published change it materially: they bring an
/// outlet the story did not have, or a fact none of its reports had (a number with its unit, or a
/// name). A later report that repeats what is known (an outlet's updated copy, a reprint by an
/// outlet already cited) does not make a new revision.
/// </summary>
public static class MaterialChange
{
    public static bool IsMaterial(IReadOnlyList<ReportFacts> before, IReadOnlyList<ReportFacts> added)
    {
        if (added.Count == 0)
        {
            return false;
        }

        var outlets = before.Select(r => r.Outlet).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (added.Any(r => !outlets.Contains(r.Outlet)))
        {
            return true;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in before)
        {
            known.UnionWith(Facts(report));
        }

        return added.Any(r => Facts(r).Any(f => !known.Contains(f)));
    }

    /// <summary>
    /// The facts of a report, as comparison keys: each quantity with its unit and what it counts
    /// ("q:12||people"), and each name: a capitalised word that does not open its sentence and is
    /// not a stop word ("n:calder").
    /// </summary>
    public static IEnumerable<string> Facts(ReportFacts report)
    {
        foreach (var sentence in Sentences.Split(report.Text))
        {
            var tokens = Tokenizer.Tokenize(sentence);
            foreach (var quantity in Quantities.Find(tokens))
            {
                yield return "q:" + quantity.Value.ToString("R", CultureInfo.InvariantCulture) + "|" + quantity.Unit + "|" + quantity.Counted;
            }

            foreach (var token in tokens)
            {
                if (token is { Kind: TokenKind.Word, Index: > 0, IsCapitalized: true } && !StopWords.Contains(token.Key))
                {
                    yield return "n:" + token.Key;
                }
            }
        }
    }
}
