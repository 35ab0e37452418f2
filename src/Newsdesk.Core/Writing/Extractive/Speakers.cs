using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>Who a sentence attributes its statement to, as the source attributes it ("X said", "according to Y").</summary>
internal static partial class Speakers
{
    private const string Name = @"(?:the\s+)?[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3}";

    [GeneratedRegex(@"(?<name>" + Name + @")\s*(?:,[^,]{1,60},\s*)?\s(?:said|says|told|added|wrote|explained|tweeted|announced|confirmed|warned|claimed|noted|asked|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"\b(?:said|says|according to)\s+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "And", "In", "On", "A", "An", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static string? Of(string sentence)
    {
        foreach (var m in VerbThenName().Matches(sentence).Concat(NameThenVerb().Matches(sentence)))
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
