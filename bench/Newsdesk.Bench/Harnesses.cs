namespace Newsdesk.Bench;

/// <summary>Dispatches `Newsdesk.Bench STAGE ...` to the stage's harness.</summary>
internal static class Harnesses
{
    private static readonly Dictionary<string, Func<string[], int>> Stages = new(StringComparer.Ordinal)
    {
        ["extract"] = ExtractBench.Run,
        ["cluster"] = ClusterBench.Run,
        ["write"] = WriteBench.Run,
        ["verify"] = VerifyBench.Run,
        ["feeds"] = FeedsBench.Run,
        ["scale"] = ScaleBench.Run,
        ["realnews"] = RealNewsBench.Run,
        ["longstories"] = LongStories.Run,
        ["lines"] = ClusterLines.Run,
        ["writeprobe"] = WriteProbe.Run,
        ["writewhy"] = WriteWhy.Run,
        ["tags"] = TagsBench.Run,
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Stages.TryGetValue(args[0], out var harness))
        {
            Console.Error.WriteLine($"usage: Newsdesk.Bench {{{string.Join('|', Stages.Keys)}}} [args]");
            return 2;
        }

        return harness(args[1..]);
    }
}
