using Newsdesk.Replay;

namespace Newsdesk.Tests.Replay;

/// <summary>Reading a folder of recorded feeds: the index, the files, and lines that do not fit.</summary>
public sealed class CaptureSetTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsdesk-captures-" + Guid.NewGuid().ToString("N"));

    public CaptureSetTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void File(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, "<rss/>");
    }

    [Fact]
    public void TheIndexListsCapturesInTimeOrderAndSkipsLinesThatDoNotFit()
    {
        File("a/20200501T060000Z.xml");
        File("a/20200501T000000Z.xml");
        File("a/other.xml");
        File("b/20200501T000000Z.xml");
        System.IO.File.WriteAllLines(Path.Combine(_root, CaptureSet.IndexFile),
        [
            "captured_utc\toutlet\tpath\tcommit",
            "2020-05-01T06:00:00Z\ta\ta/20200501T060000Z.xml\tc2",
            "2020-05-01T00:00:00Z\ta\ta/other.xml\tc0",
            "2020-05-01T00:00:00Z\ta\ta/20200501T000000Z.xml\tc1",
            "2020-05-01T00:00:00Z\tb\tb/20200501T000000Z.xml\tc1",
            "not a time\ta\ta/20200501T000000Z.xml\tc3",
            "2020-05-02T00:00:00Z\ta\ta/missing.xml\tc4",
            "2020-05-02T00:00:00Z\ta\t../outside.xml\tc5",
            "2020-05-02T00:00:00Z\ta b\ta/20200501T000000Z.xml\tc6",
        ]);
        var set = CaptureSet.Load(_root);
        Assert.Equal(["a", "b"], set.Outlets);
        Assert.Equal(3, set.Captures.Count);
        Assert.Equal(4, set.Skipped);
        Assert.Equal(1, set.SameTime);
        // Same outlet, same time: the line listed last wins.
        Assert.EndsWith(Path.Combine("a", "20200501T000000Z.xml"), set.Captures[0].Path, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero), set.Last);
    }

    [Fact]
    public void WithoutAnIndexTheFileNamesGiveTheTimes()
    {
        File("a/20200501T060000Z.xml");
        File("a/20200501T000000Z.xml");
        File("a/notes.xml");
        var set = CaptureSet.Load(_root);
        Assert.Equal(2, set.Captures.Count);
        Assert.Equal(1, set.Skipped);
        Assert.Equal(new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero), set.First);
    }

    [Fact]
    public void ASliceStartsWithWhatEachFeedShowedAtItsStart()
    {
        File("a/20200501T000000Z.xml");
        File("a/20200502T000000Z.xml");
        File("a/20200503T000000Z.xml");
        File("a/20200504T000000Z.xml");
        File("b/20200504T000000Z.xml");
        var set = CaptureSet.Load(_root);
        var slice = set.Slice(new DateTimeOffset(2020, 5, 2, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 5, 3, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([2, 3], slice.Select(c => c.At.Day));
    }

    [Fact]
    public void AnEmptyOrMissingFolderIsAClearError()
    {
        Assert.Throws<CaptureSetException>(() => CaptureSet.Load(_root));
        Assert.Throws<CaptureSetException>(() => CaptureSet.Load(Path.Combine(_root, "nowhere")));
    }
}
