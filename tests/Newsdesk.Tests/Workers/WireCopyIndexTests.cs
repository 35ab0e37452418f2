using Newsdesk.Feeds;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Workers;

/// <summary>
/// Wire copies across workers: each worker's index learns what the others stored in the shared
/// database, so a copy fetched by one worker links to the original another stored.
/// </summary>
public sealed class WireCopyIndexTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private const string Agency =
        "Rescue teams worked through the night after a commuter train left the tracks near the old river bridge outside Millford on Monday morning. " +
        "The regional rail operator said twelve passengers were taken to hospital and that the line would stay closed while inspectors examined the structure. " +
        "Residents described hearing a loud bang shortly before seven o'clock, and emergency services closed the road beneath the bridge for most of the day.";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "newsdesk-wire-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_copy_links_to_an_original_another_worker_stored_after_this_one_started()
    {
        var database = await SqliteDatabase.OpenAsync(_data, TimeProvider.System, default);
        var articles = new ArticleStore(database);
        var here = new WireCopyIndex();
        await here.EnsureLoadedAsync(articles, default);   // started before the original existed

        var (itemA, itemB) = await ItemsAsync(database);
        var (original, _) = await articles.AddAsync(Article(itemA, "https://wire.example/a", Agency), default);   // stored by another worker
        Assert.Null(here.FindOriginal(Agency));

        await here.CatchUpAsync(articles, default);
        var copy = Agency.Replace("Monday morning", "Monday", StringComparison.Ordinal) + " Our reporter adds that the station was quiet by evening.";
        Assert.Equal(original, here.FindOriginal(copy));

        // A copy stored by another worker points at the original; a copy of it resolves to the original too.
        var (second, _) = await articles.AddAsync(Article(itemB, "https://other.example/b", copy) with { DuplicateOf = original }, default);
        await here.CatchUpAsync(articles, default);
        Assert.Equal(original, here.FindOriginal(copy));

        // Catching up again reads nothing twice (the index would otherwise hold duplicates) and
        // unrelated text matches nothing.
        await here.CatchUpAsync(articles, default);
        Assert.Null(here.FindOriginal(
            "The city council approved a new budget for the harbour district on Tuesday evening after a long debate about ferry fares, " +
            "school buildings and the cost of repairing the sea wall, which engineers say has weakened over several winters of storms."));
        Assert.NotEqual(original, second);
    }

    private static ArticleToStore Article(long itemId, string url, string text) =>
        new(itemId, url, url, "Outlet", "Train derails near Millford", null, Now, "en", null, text, "page", null, null, Now, null);

    private static async Task<(long A, long B)> ItemsAsync(Database database)
    {
        var sources = new SourceStore(database);
        var items = new ItemStore(database);
        var (source, _) = await sources.AddAsync(new NewSource("https://wire.example/feed"), TimeSpan.FromMinutes(30), Now, default);
        var update = new SourcePollUpdate(Now, true, null, new PollSchedule(Now.AddMinutes(30), TimeSpan.FromMinutes(30), 0));
        await items.SavePollAsync(source.Id, [Item("a"), Item("b")], Now, _ => update, default);
        var articles = new ArticleStore(database);
        var pending = await articles.PendingAsync(10, default);
        return (pending[0].ItemId, pending[1].ItemId);
    }

    private static ItemToStore Item(string guid)
    {
        var link = "https://wire.example/" + guid;
        var item = new FeedItem(guid, "Title " + guid, link, Now, null, null, "summary", null);
        return new ItemToStore(ItemIdentity.Guid(item), ItemIdentity.CanonicalLink(link), ItemIdentity.ContentHash(item), item);
    }
}
