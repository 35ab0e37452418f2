using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Demo;

/// <summary>Offsets from the start of the replay written as "+1d2h30m", "+26h", "+0h40m".</summary>
internal static partial class SampleDuration
{
    [GeneratedRegex(@"^\+?(?:(?<d>\d{1,3})d)?(?:(?<h>\d{1,4})h)?(?:(?<m>\d{1,5})m)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim().TrimStart('+').Length == 0)
        {
            return false;
        }

        value = TimeSpan.FromDays(Part(match, "d")) + TimeSpan.FromHours(Part(match, "h")) + TimeSpan.FromMinutes(Part(match, "m"));
        return true;
    }

    private static int Part(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
}
