using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Tests.Verification.Injection;

/// <summary>The ways a writer goes wrong that the injection test plants in a true sentence.</summary>
public enum Corruption
{
    ChangedNumber,
    InventedName,
    InventedAttribution,
    Negation,
    ExchangedNumbers,
    SwappedRoles,
    ChangedDate,
    ChangedQuote,

    /// <summary>The opening word made an invented place or name: "The police said" -> "Kestrelford police said", "Trump said" -> "Vossberg said".</summary>
    InventedOpening,

    /// <summary>A death made a crime or a punishment: "died" -> "was murdered", "killed" -> "murdered" or "executed".</summary>
    KillingForDeath,
}

/// <summary>
/// Plants one error of a given kind in a sentence, deterministically from a seed, or returns null
/// when the sentence has nothing to corrupt that way (no number, no name, ...). Written on the
/// sentence's characters with its own simple patterns, independent of the verifier's analysis,
/// so that the test does not grade the verifier by its own reading. <c>sourceText</c> is the text
/// of every article of the story (lowercase is fine): an invented name or number must be absent
/// from it.
/// </summary>
public static partial class Corruptions
{
    /// <summary>Given names for invented people: common ones, so a source may hold the given name but not the person.</summary>
    private static readonly string[] GivenNames =
    [
        "David", "Maria", "James", "Sarah", "Michael", "Laura", "Daniel", "Anna", "Thomas", "Emily", "Robert", "Helen",
        "Peter", "Julia", "Mark", "Claire", "Paul", "Rachel", "Andrew", "Karen",
    ];

    /// <summary>Family names for invented people, rare enough that a source seldom holds one (checked per story).</summary>
    private static readonly string[] FamilyNames =
    [
        "Whitcombe", "Okonkwo-Hale", "Brannigan", "Tavistock", "Lindqvist", "Marchetti", "Abernathy", "Castellanos",
        "Hollingsworth", "Kowalczyk", "Fairbrother", "Delacroix", "Ashdown", "Pemberton", "Vasquez-Reed", "Galbraith",
        "Nakashima", "Ferreira", "Blackwood", "Radcliffe", "Thornbury", "Okafor", "Szymanski", "Montague",
    ];

    /// <summary>
    /// Invented places, one word each, that no dictionary holds: put where a sentence opens, the one
    /// place a capital says nothing about being a name ("Lausanne hospitals evacuated").
    /// </summary>
    private static readonly string[] InventedPlaces =
    [
        "Kestrelford", "Vossberg", "Quillhaven", "Ardenmoor", "Draskovo", "Pellinge", "Torvanna", "Zelmora", "Halbruck",
        "Marlowby", "Ostrevik", "Caldenbury",
    ];

    /// <summary>Words put in place of one word of a quotation.</summary>
    private static readonly string[] QuoteWords =
    [
        "terrible", "wonderful", "unusual", "careless", "serious", "ridiculous", "important", "dangerous", "remarkable", "simple",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Months a date is moved between ("May" and "March" are left alone: also a name and a verb).</summary>
    private static readonly string[] Months =
    [
        "January", "February", "April", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Words that start a sentence or a clause in capitals without being names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their",
        "Our", "Its", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "As", "For", "With",
        "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    };

    [GeneratedRegex(@"(?<![\w.,\-$£€])\d{1,3}(?:,\d{3})+(?![\w\-])|(?<![\w.,\-])\d+(?:\.\d+)?(?![\w\-]|,\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)*\b")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"\b[a-z][a-z'’-]*\b")]
    private static partial Regex LowerWord();

    /// <summary>Plants <paramref name="kind"/> in <paramref name="sentence"/>, or returns null when it has no place for it.</summary>
    public static string? Apply(Corruption kind, string sentence, string sourceText, int seed)
    {
        var random = new Random(seed);
        return kind switch
        {
            Corruption.ChangedNumber => ChangeNumber(sentence, sourceText, random),
            Corruption.InventedName => InventName(sentence, sourceText, random),
            Corruption.InventedAttribution => InventAttribution(sentence, sourceText, random),
            Corruption.Negation => Negate(sentence),
            Corruption.ExchangedNumbers => ExchangeNumbers(sentence),
            Corruption.SwappedRoles => SwapRoles(sentence, sourceText),
            Corruption.ChangedDate => ChangeDate(sentence),
            Corruption.ChangedQuote => ChangeQuote(sentence, random),
            Corruption.InventedOpening => InventOpening(sentence, sourceText, random),
            Corruption.KillingForDeath => KillingForDeath(sentence, sourceText, random),
            _ => null,
        };
    }

    private static List<Match> Numbers(string sentence) =>
        Number().Matches(sentence).Where(m => !IsYear(m.Value)).ToList();

    private static bool IsYear(string value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099;

    private static string? ChangeNumber(string sentence, string sourceText, Random random)
    {
        var numbers = Numbers(sentence);
        if (numbers.Count == 0)
        {
            return null;
        }

        var target = numbers[random.Next(numbers.Count)];
        var digits = target.Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var delta = random.Next(1, 10) * (value >= 100 ? (int)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1) : 1);
            var changed = value + delta;
            var text = target.Value.Contains(',') ? changed.ToString("N0", CultureInfo.InvariantCulture) : changed.ToString(CultureInfo.InvariantCulture);
            if (!ContainsToken(sourceText, text))
            {
                return sentence[..target.Index] + text + sentence[(target.Index + target.Length)..];
            }
        }

        return null;
    }

    private static string? ExchangeNumbers(string sentence)
    {
        var numbers = Number().Matches(sentence).ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            for (var j = i + 1; j < numbers.Count; j++)
            {
                if (numbers[i].Value != numbers[j].Value)
                {
                    var (a, b) = (numbers[i], numbers[j]);
                    return sentence[..a.Index] + b.Value + sentence[(a.Index + a.Length)..b.Index] + a.Value + sentence[(b.Index + b.Length)..];
                }
            }
        }

        return null;
    }

    /// <summary>Runs of capitalised words that are names the sources write too (not the sentence's opening word alone, not a date).</summary>
    private static List<Match> RealNames(string sentence, string sourceText) =>
        NameRun().Matches(sentence)
            .Where(m => !NotNames.Contains(m.Value) && !Weekdays.Contains(m.Value) && !Months.Contains(m.Value) && m.Value != "May" && m.Value != "March")
            .Where(m => m.Index > 0 || m.Value.Contains(' ', StringComparison.Ordinal))
            .Where(m => sourceText.Contains(m.Value.ToLowerInvariant(), StringComparison.Ordinal))
            .ToList();

    private static string? InventedFullName(string sourceText, Random random)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            if (!sourceText.Contains(family.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return GivenNames[random.Next(GivenNames.Length)] + " " + family;
            }
        }

        return null;
    }

    private static string? InventName(string sentence, string sourceText, Random random)
    {
        var names = RealNames(sentence, sourceText);
        if (names.Count == 0 || InventedFullName(sourceText, random) is not { } invented)
        {
            return null;
        }

        var target = names[random.Next(names.Count)];
        return sentence[..target.Index] + invented + sentence[(target.Index + target.Length)..];
    }

    /// <summary>
    /// The sentence opened by an invented place: in place of "The" before a lowercase word ("The
    /// police said" -> "Kestrelford police said"), or of another capitalised word that opens it before
    /// a lowercase word, not a pronoun, conjunction or date ("Trump said" -> "Vossberg said",
    /// "Officials said" -> "Vossberg said"). Null when it opens otherwise.
    /// </summary>
    private static string? InventOpening(string sentence, string sourceText, Random random)
    {
        var place = InventedPlaces.Where(p => !sourceText.Contains(p.ToLowerInvariant(), StringComparison.Ordinal)).ToList();
        var opening = Regex.Match(sentence, @"^([A-Z][a-z]+) [a-z]");
        if (place.Count == 0 || !opening.Success)
        {
            return null;
        }

        var first = opening.Groups[1].Value;
        var replaceable = first == "The" || (!NotNames.Contains(first) && !Weekdays.Contains(first) && !Months.Contains(first) && first is not ("May" or "March"));
        return replaceable ? place[random.Next(place.Count)] + sentence[first.Length..] : null;
    }

    private static string? InventAttribution(string sentence, string sourceText, Random random)
    {
        if (InventedFullName(sourceText, random) is not { } invented)
        {
            return null;
        }

        var trimmed = sentence.TrimEnd();
        foreach (var close in new[] { ".\"", ".”" })
        {
            if (trimmed.EndsWith(close, StringComparison.Ordinal))
            {
                return trimmed[..^close.Length] + "," + close[1..] + " " + invented + " told reporters.";
            }
        }

        var body = trimmed.TrimEnd('.', '!', '?', ';', ':');
        return body + ", " + invented + " told reporters.";
    }

    /// <summary>Words that already negate: a second negation in such a sentence may read as the same statement, so none is planted.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot",
    };

    private static string? Negate(string sentence)
    {
        var words = LowerWord().Matches(sentence).ToList();
        if (words.Exists(w => Negations.Contains(w.Value) || w.Value.EndsWith("n't", StringComparison.Ordinal) || w.Value.EndsWith("n’t", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (Auxiliaries.Contains(words[i].Value) && words[i + 1].Value is not ("not" or "never" or "no"))
            {
                var at = words[i].Index + words[i].Length;
                return sentence[..at] + " not" + sentence[at..];
            }
        }

        var verb = words.FirstOrDefault(w => w.Index > 0 && w.Value.Length > 4 && w.Value.EndsWith("ed", StringComparison.Ordinal));
        return verb is null ? null : sentence[..verb.Index] + "never " + sentence[verb.Index..];
    }

    /// <summary>Two names around a verb ("Iran struck Pakistan"): exchanged, so the verb's subject becomes its object.</summary>
    private static string? SwapRoles(string sentence, string sourceText)
    {
        var names = RealNames(sentence, sourceText).Where(m => !m.Value.Contains('\'', StringComparison.Ordinal)).ToList();
        for (var i = 0; i + 1 < names.Count; i++)
        {
            var (a, b) = (names[i], names[i + 1]);
            var between = sentence[(a.Index + a.Length)..b.Index];
            var gap = LowerWord().Matches(between).Select(m => m.Value).ToList();
            // Only lowercase words between (no comma, no "and"): one clause, with a word that can be a verb.
            if (a.Value == b.Value || gap.Count is 0 or > 3 || between.Trim().Length != string.Join(' ', gap).Length
                || gap.Contains("and") || gap.Contains("or") || !gap.Exists(w => w.Length > 3 && w is not ("with" or "from" or "said" or "says" or "told")))
            {
                continue;
            }

            if (a.Value.StartsWith(b.Value, StringComparison.Ordinal) || b.Value.StartsWith(a.Value, StringComparison.Ordinal))
            {
                continue;
            }

            return sentence[..a.Index] + b.Value + between + a.Value + sentence[(b.Index + b.Length)..];
        }

        return null;
    }

    private static string? ChangeDate(string sentence)
    {
        foreach (var (list, step) in new[] { (Weekdays, 1), (Months, 1) })
        {
            for (var i = 0; i < list.Length; i++)
            {
                var match = Regex.Match(sentence, $@"\b{list[i]}\b");
                if (match.Success)
                {
                    // The next day or month the sentence does not write already: "in September and
                    // October" moved to "in October and October" only dropped a date, it stated none
                    // the sources lack (the one date miss of session 9).
                    var other = Enumerable.Range(1, list.Length - 1).Select(k => list[(i + (k * step)) % list.Length])
                        .FirstOrDefault(d => !Regex.IsMatch(sentence, $@"\b{d}\b"));
                    return other is null ? null : sentence[..match.Index] + other + sentence[(match.Index + match.Length)..];
                }
            }
        }

        var year = Number().Matches(sentence).FirstOrDefault(m => IsYear(m.Value));
        return year is null ? null : sentence[..year.Index] + (int.Parse(year.Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) + sentence[(year.Index + year.Length)..];
    }

    /// <summary>
    /// "died" made "was murdered" ("were murdered" after a plural, "been murdered" after have), "killed" made "murdered" or
    /// "executed": a claim of how, or of a crime, that a source saying only that someone died or was
    /// killed does not make. Null when the sentence has neither word or the sources write the new one.
    /// </summary>
    private static string? KillingForDeath(string sentence, string sourceText, Random random)
    {
        var death = Regex.Match(sentence, @"\b(\w+) (died|killed)\b");
        if (!death.Success)
        {
            return null;
        }

        string replacement;
        if (death.Groups[2].Value == "died")
        {
            var before = death.Groups[1].Value;
            var plural = before is "people" or "they" or "both" or "men" or "women" or "children" || (before.EndsWith('s') && !before.EndsWith("ss", StringComparison.Ordinal) && before != "was");
            replacement = before is "have" or "has" or "had" ? "been murdered" : plural ? "were murdered" : "was murdered";
        }
        else
        {
            replacement = random.Next(2) == 0 ? "murdered" : "executed";
        }

        var stem = replacement.EndsWith("murdered", StringComparison.Ordinal) ? "murder" : "execut";
        return sourceText.Contains(stem, StringComparison.Ordinal)
            ? null
            : sentence[..death.Groups[2].Index] + replacement + sentence[(death.Groups[2].Index + death.Groups[2].Length)..];
    }

    private static string? ChangeQuote(string sentence, Random random)
    {
        var (open, close) = QuoteSpan(sentence);
        if (open < 0)
        {
            return null;
        }

        var inside = sentence[(open + 1)..close];
        var words = LowerWord().Matches(inside).Where(m => m.Value.Length >= 4 && !Auxiliaries.Contains(m.Value)).ToList();
        if (words.Count == 0 || LowerWord().Matches(inside).Count < 2)
        {
            return null;
        }

        var target = words[random.Next(words.Count)];
        var choices = QuoteWords.Where(w => w != target.Value && !inside.Contains(w, StringComparison.Ordinal)).ToList();
        var replacement = choices[random.Next(choices.Count)];
        var at = open + 1 + target.Index;
        return sentence[..at] + replacement + sentence[(at + target.Length)..];
    }

    /// <summary>The first quotation's opening and closing marks (the sentence's end when it runs on), or (-1, -1).</summary>
    private static (int Open, int Close) QuoteSpan(string sentence)
    {
        var open = sentence.IndexOfAny(['"', '“']);
        if (open < 0)
        {
            return (-1, -1);
        }

        var close = sentence.IndexOfAny(['"', '”'], open + 1);
        return (open, close < 0 ? sentence.Length : close);
    }

    private static bool ContainsToken(string text, string token) =>
        Regex.IsMatch(text, $@"(?<![\w.,]){Regex.Escape(token)}(?![\w]|[.,]\d)");
}
