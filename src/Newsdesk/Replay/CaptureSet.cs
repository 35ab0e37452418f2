using System.Globalization;

namespace Newsdesk.Replay;

/// <summary>
/// The captures of a folder in the recorded-feeds layout, in time order: <c>&lt;outlet&gt;/&lt;UTC
/// time&gt;.xml</c>, listed by <c>captures.tsv</c> (captured_utc, outlet, path, ...) when the folder
/// has one, else found by their file names (<c>20200501T225231Z.xml</c>). A line or file that does
/// not fit the layout is skipped and counted, never fatal; two captures of one outlet at the same
/// time keep the one listed last (the later commit). The contents are not read here: a truncated,
/// empty or non-XML capture is served as recorded, and the poller's own error handling meets it.
/// </summary>
public sealed class CaptureSet
{
    public const string IndexFile = "captures.tsv";

    /// <summary>Capture file names: the capture time, UTC, in ISO 8601 basic format.</summary>
    public const string FileTimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Most captures listed; a larger folder is cut (bounded input), the newest dropped.</summary>
    public const int MaxCaptures = 1_000_000;

    private CaptureSet(string root, IReadOnlyList<Capture> captures, int skipped, int sameTime)
    {
        Root = root;
        Captures = captures;
        Skipped = skipped;
        SameTime = sameTime;
        Outlets = captures.Select(c => c.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public string Root { get; }

    /// <summary>Every capture, by time (then outlet).</summary>
    public IReadOnlyList<Capture> Captures { get; }

    public IReadOnlyList<string> Outlets { get; }

    /// <summary>Index lines or files that did not fit the layout (bad time, missing file, unsafe path).</summary>
    public int Skipped { get; }

    /// <summary>Captures dropped because another capture of the same outlet had the same time.</summary>
    public int SameTime { get; }

    public DateTimeOffset First => Captures[0].At;

    public DateTimeOffset Last => Captures[^1].At;

    public static CaptureSet Load(string root)
    {
        root = System.IO.Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            throw new CaptureSetException($"no such folder: {root}");
        }

        var skipped = 0;
        var found = File.Exists(System.IO.Path.Combine(root, IndexFile))
            ? FromIndex(root, ref skipped)
            : FromFiles(root, ref skipped);
        // Same outlet, same time: the later line wins (a feed committed twice in one second).
        var byKey = new Dictionary<(string, DateTimeOffset), Capture>();
        foreach (var capture in found)
        {
            byKey[(capture.Outlet, capture.At)] = capture;
        }

        var captures = byKey.Values
            .OrderBy(c => c.At).ThenBy(c => c.Outlet, StringComparer.Ordinal)
            .Take(MaxCaptures)
            .ToList();
        if (captures.Count == 0)
        {
            throw new CaptureSetException($"no captures in {root} (expected {IndexFile} or <outlet>/<{FileTimeFormat}>.xml files)");
        }

        return new CaptureSet(root, captures, skipped, found.Count - byKey.Count);
    }

    /// <summary>
    /// The captures a replay from <paramref name="from"/> to <paramref name="until"/> serves: every
    /// capture in (from, until], plus each outlet's latest capture at or before <paramref name="from"/>
    /// (what its feed showed when the replay begins).
    /// </summary>
    public IReadOnlyList<Capture> Slice(DateTimeOffset from, DateTimeOffset until) =>
        Captures.Where(c => c.At <= from).GroupBy(c => c.Outlet).Select(g => g.Last())
            .Concat(Captures.Where(c => c.At > from && c.At <= until))
            .OrderBy(c => c.At).ThenBy(c => c.Outlet, StringComparer.Ordinal)
            .ToList();

    private static List<Capture> FromIndex(string root, ref int skipped)
    {
        var captures = new List<Capture>();
        foreach (var line in File.ReadLines(System.IO.Path.Combine(root, IndexFile)).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3
                || !DateTimeOffset.TryParse(fields[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                || Resolve(root, fields[2]) is not { } path
                || !IsOutletName(fields[1]))
            {
                skipped += line.Length > 0 ? 1 : 0;
                continue;
            }

            captures.Add(new Capture(fields[1], at, path));
        }

        return captures;
    }

    private static List<Capture> FromFiles(string root, ref int skipped)
    {
        var captures = new List<Capture>();
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var outlet = System.IO.Path.GetFileName(folder);
            if (!IsOutletName(outlet))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
            {
                if (DateTimeOffset.TryParseExact(System.IO.Path.GetFileNameWithoutExtension(file), FileTimeFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                {
                    captures.Add(new Capture(outlet, at, file));
                }
                else
                {
                    skipped++;
                }
            }
        }

        return captures;
    }

    /// <summary>The capture's file when it exists inside the folder (an index cannot point outside it).</summary>
    private static string? Resolve(string root, string relative)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        return path.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    /// <summary>Outlet names become URL path segments: letters, digits, '-' and '_' only.</summary>
    internal static bool IsOutletName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
