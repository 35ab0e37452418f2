using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Bench;

/// <summary>CPU time of this process since the last restart (all threads: JIT and GC included).</summary>
internal sealed class Cpu
{
    private TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
    public long Ms => (long)(Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;
    public void Restart() => _start = Process.GetCurrentProcess().TotalProcessorTime;
}

/// <summary>
/// `Newsdesk.Bench writeprobe ARTICLES.json`: where `newsdesk write` spends CPU on one input (issue #17,
/// the 10 MB run-on page of bench/hostile/run): the same phases as the command (parse, building the
/// linear markup patterns, cleaning, the input bounds, the extractive writer), twice in one process, so
/// the first round shows what a fresh process pays and the second what the input itself costs.
/// Prints process CPU per phase (not wall time: the machine is shared).
/// </summary>
internal static class WriteProbe
{
    public static int Run(string[] args)
    {
        var all = Stopwatch.StartNew();
        for (var round = 0; round < 2; round++)
        {
            var w = new Cpu();
            var doc = JsonDocument.Parse(File.ReadAllBytes(args[0]));
            var raw = doc.RootElement.GetProperty("articles").EnumerateArray()
                .Select(a => new Article(a.GetProperty("id").GetString()!, a.GetProperty("url").GetString()!, a.GetProperty("source").GetString()!, a.GetProperty("title").GetString()!, a.GetProperty("text").GetString()!, a.GetProperty("published").GetDateTimeOffset())).ToList();
            Console.WriteLine($"round {round}: parse {w.Ms} ms CPU"); w.Restart();
            var tiny = MarkupDebris.Clean("a <b>x</b> &amp; y=1 (z) document.x=1; javascript:x  q");
            Console.WriteLine($"round {round}: MarkupDebris.Clean on a tiny text with every trigger {w.Ms} ms CPU"); w.Restart();
            var cleaned = raw.Select(a => MarkupDebris.Clean(a.Text)).ToList();
            Console.WriteLine($"round {round}: MarkupDebris.Clean x{raw.Count} {w.Ms} ms CPU ({raw.Sum(a => a.Text.Length)} -> {cleaned.Sum(c => c.Length)} chars)"); w.Restart();
            var bounded = raw.Select(InputLimits.Bound).ToList();
            Console.WriteLine($"round {round}: InputLimits.Bound x{raw.Count} {w.Ms} ms CPU ({bounded.Sum(a => a.Text.Length)} chars)"); w.Restart();
            var story = new ExtractiveWriter(new ExtractiveWriterOptions()).WriteAsync(bounded, default).GetAwaiter().GetResult();
            Console.WriteLine($"round {round}: ExtractiveWriter.WriteAsync {w.Ms} ms CPU ({story.Headline})"); w.Restart();
        }

        Console.WriteLine($"total {all.ElapsedMilliseconds} ms, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
        return 0;
    }
}
