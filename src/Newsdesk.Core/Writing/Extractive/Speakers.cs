using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>Who a sentence attributes its statement to, as the source attributes it ("X said", "according to Y").</summary>
internal static partial class Speakers
{
    private const string Name = @"(?:the\s+)?[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3}";

    [GeneratedRegex(@"(?<name>" + Name + @")\s*(?:,[^,]{1,60},\s*)?\s(?:said|says|told|added|wrote|explained|tweeted|announced|confirmed|warned|claimed|noted|asked|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerb();

    /// <summary>"said Valley Water spokesman Marcus Reid." / "according to the Road Safety Authority,": the name ends the clause.</summary>
    [GeneratedRegex(@"\b(?:said|says|according to)\s+(?:[\p{L}'\u2019\-]+\s+){0,4}?(?<name>" + Name + @")\s*(?:[,.;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"[""\u201c][^""\u201c\u201d]*[""\u201d]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "And", "In", "On", "A", "An", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Subordinating words before a verb of saying ("When asked how..., Sollecito said"): no speaker.
        "When", "While", "If", "As", "After", "Before", "Also", "Asked", "Once", "Later", "Earlier", "Unless", "Although",
    };

    /// <summary>The speaker of a sentence's statement, as the source names them; null when none is named. Names inside quotations are not speakers.</summary>
    public static string? Of(string sentence)
    {
        var reporting = Quoted().Replace(sentence, " ");
        foreach (var m in VerbThenName().Matches(reporting).Concat(NameThenVerb().Matches(reporting)))
        {
            var name = m.Groups["name"].Value.Trim().TrimEnd('.', ',');
            if (name.StartsWith("the ", StringComparison.Ordinal))
            {
                name = name[4..];
            }

            if (!NotSpeakers.Contains(name.Split(' ')[0]))
            {
                return name;
            }
        }

        return null;
    }
}
