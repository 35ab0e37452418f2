using System.Diagnostics;
using System.Text;
using Newsdesk.Feeds;
using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Core.Tests.Feeds;

/// <summary>
/// Runs feedparser's own conformance suite (bench-data/feedparser-tests, 2,106 documents) through
/// <see cref="FeedParser"/>: every document must parse without throwing and within
/// <see cref="MaxSecondsPerFile"/>; of the expectations <see cref="FeedparserExpectation"/> can
/// translate, the share that passes in wellformed/ must stay at or above <see cref="WellformedPassFloor"/>.
/// </summary>
public sealed class FeedparserConformanceTests(ITestOutputHelper output)
{
    /// <summary>Floor on the pass rate of translated expectations in wellformed/ (measured 0.962, 904 of 940, when set; the issue asks for at least 0.90).</summary>
    internal const double WellformedPassFloor = 0.95;

    /// <summary>
    /// No single document may take longer than this to parse (the worst is gated, not the mean): a
    /// guard against a parse that runs away (the slowest takes milliseconds), generous enough that a
    /// busy machine never reaches it. Parse speed is measured in bench/feeds, beside feedparser.
    /// </summary>
    internal static readonly double MaxSecondsPerFile = Patience.Hang.TotalSeconds / 6;

    /// <summary>The URI feedparser's test server serves the suite from; relative links resolve against it.</summary>
    private static readonly Uri SuiteBase = new("http://127.0.0.1:8097/tests/");

    private sealed record Tally(string Folder)
    {
        public int Files { get; set; }

        public int Translated { get; set; }

        public int Passed { get; set; }
    }

    [SkippableFact]
    public void Suite_parses_every_file_quickly_and_passes_the_translated_expectations()
    {
        var root = TestEnvironment.BenchData("feedparser-tests");
        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var crashes = new List<string>();
        var failures = new List<string>();
        var worst = (Seconds: 0.0, File: "");

        // Warm up the JIT so the per-file clock measures parsing, not compilation.
        FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>x</title><item><title>y</title><pubDate>Wed, 31 Dec 2003 10:14:55 GMT</pubDate></item></channel></rss>"));

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.Contains('/', StringComparison.Ordinal))
            {
                continue; // LICENSE, SOURCE.txt
            }

            var bytes = File.ReadAllBytes(file);
            var header = SuiteHeader.Read(bytes);
            var folder = relative[..relative.LastIndexOf('/')];
            var tally = tallies.TryGetValue(folder, out var t) ? t : tallies[folder] = new Tally(folder);
            tally.Files++;

            var baseUri = new Uri(SuiteBase, relative);
            if (header.ContentLocation is { } location)
            {
                baseUri = Uri.TryCreate(baseUri, location, out var located) && located.Scheme is "http" or "https" ? located : baseUri;
            }

            FeedParseDetails details;
            var clock = Stopwatch.StartNew();
            try
            {
                details = FeedParser.ParseDetailed(bytes, header.ContentType, baseUri);
            }
            catch (Exception e)
            {
                crashes.Add($"{relative}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            if (seconds > worst.Seconds)
            {
                worst = (seconds, relative);
            }

            if (header.Expect is null)
            {
                continue;
            }

            var outcome = FeedparserExpectation.Evaluate(header.Expect, details);
            if (outcome == ExpectationOutcome.Untranslated)
            {
                continue;
            }

            tally.Translated++;
            if (outcome == ExpectationOutcome.Pass)
            {
                tally.Passed++;
            }
            else
            {
                failures.Add($"{relative}: {header.Expect}");
            }
        }

        output.WriteLine("| folder | files | translated | passed | pass rate |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var tally in tallies.Values)
        {
            output.WriteLine($"| {tally.Folder} | {tally.Files} | {tally.Translated} | {tally.Passed} | {Rate(tally.Passed, tally.Translated)} |");
        }

        var all = tallies.Values.ToList();
        var wellformed = all.Where(x => x.Folder.StartsWith("wellformed", StringComparison.Ordinal)).ToList();
        var wfTranslated = wellformed.Sum(x => x.Translated);
        var wfPassed = wellformed.Sum(x => x.Passed);
        output.WriteLine($"| **wellformed/** | {wellformed.Sum(x => x.Files)} | {wfTranslated} | {wfPassed} | {Rate(wfPassed, wfTranslated)} |");
        output.WriteLine($"| **all** | {all.Sum(x => x.Files)} | {all.Sum(x => x.Translated)} | {all.Sum(x => x.Passed)} | {Rate(all.Sum(x => x.Passed), all.Sum(x => x.Translated))} |");
        output.WriteLine($"slowest file: {worst.File} {worst.Seconds * 1000:F1} ms; crashes: {crashes.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine("FAIL " + failure);
        }

        Assert.Empty(crashes);
        Assert.True(worst.Seconds <= MaxSecondsPerFile, $"{worst.File} took {worst.Seconds:F2} s");
        var passRate = wfTranslated == 0 ? 0 : (double)wfPassed / wfTranslated;
        Assert.True(passRate >= WellformedPassFloor, $"wellformed pass rate {passRate:P1} is below the floor {WellformedPassFloor:P0}");
    }

    private static string Rate(int passed, int translated) =>
        translated == 0 ? "-" : $"{100.0 * passed / translated:F1}%";
}

/// <summary>The Description/Expect/Header comment at the top of a suite file, whatever its encoding.</summary>
internal sealed record SuiteHeader(string? Expect, string? ContentType, string? ContentLocation)
{
    private static readonly Encoding[] Candidates =
    [
        new UTF8Encoding(false), Encoding.Unicode, Encoding.BigEndianUnicode, new UTF32Encoding(false, false), new UTF32Encoding(true, false),
    ];

    public static SuiteHeader Read(byte[] bytes)
    {
        foreach (var encoding in Candidates)
        {
            var text = encoding.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
            if (text.Contains("Expect:", StringComparison.Ordinal))
            {
                return Parse(text);
            }
        }

        return new SuiteHeader(null, null, null);
    }

    private static SuiteHeader Parse(string text)
    {
        string? expect = null, contentType = null, location = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var at = line.IndexOf("Expect:", StringComparison.Ordinal);
            if (at >= 0 && expect is null)
            {
                expect = line[(at + 7)..].Trim();
                var end = expect.IndexOf("-->", StringComparison.Ordinal);
                if (end >= 0)
                {
                    expect = expect[..end].Trim();
                }

                if (expect.EndsWith('"') && line.StartsWith('"'))
                {
                    expect = expect.TrimEnd('"', ',').Trim();
                }
            }
            else if (line.StartsWith("Header:", StringComparison.Ordinal))
            {
                var header = line[7..].Trim();
                var colon = header.IndexOf(':');
                if (colon > 0)
                {
                    var name = header[..colon].Trim();
                    var value = header[(colon + 1)..].Trim();
                    if (name.Equals("Content-type", StringComparison.OrdinalIgnoreCase))
                    {
                        contentType = value;
                    }
                    else if (name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase))
                    {
                        location = value;
                    }
                }
            }
        }

        return new SuiteHeader(expect, contentType, location);
    }
}
