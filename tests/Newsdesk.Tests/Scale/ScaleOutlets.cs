using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Newsdesk.Tests;

namespace Newsdesk.Scale;

/// <summary>
/// Many small generated outlets on 127.0.0.1 (HttpListener), for the scale-out test and the
/// bench/scale harness: source <c>s</c> serves an RSS feed at <c>/feed/{s}.xml</c> with
/// <see cref="ItemsPerFeed"/> items, each linking (with a tracking parameter) to an article page
/// <c>/a/{s}/{i}.html</c> that declares its canonical URL. Articles report <see cref="Events"/>
/// events, several outlets each, so they cluster into stories. Every <see cref="CrossPostEvery"/>th
/// feed also carries the previous outlet's first article (the same article in two feeds). Every
/// answer waits <see cref="Latency"/> first, as a remote server would. Each path's requests are
/// counted, so a test can tell a page fetched twice. A test can hold every page request after the
/// first n (<see cref="HoldPagesAfter"/>) until it lets them go, so that something it does to the
/// workers falls mid-run however fast or slow they are.
/// </summary>
internal sealed class ScaleOutlets : IAsyncDisposable
{
    public const int CrossPostEvery = 25;

    private static readonly string[] Syllables =
        ["zar", "vok", "mel", "brin", "tos", "kae", "lun", "dri", "pev", "osk", "ram", "tyl", "quo", "nex", "fal", "gid"];

    /// <summary>Kinds of event, so that stories differ in more than their made-up names.</summary>
    private static readonly (string What, string Did, string Who)[] Topics =
    [
        ("Flooding", "forced out", "families"),
        ("A strike", "closed", "schools"),
        ("A fire", "destroyed", "warehouses"),
        ("A storm", "cut power to", "villages"),
        ("A landslide", "blocked", "roads"),
        ("An outbreak", "sickened", "workers"),
        ("A drought", "dried up", "wells"),
        ("A blackout", "stranded", "trains"),
    ];

    private readonly HttpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly DateTimeOffset publishedBase;
    private readonly TaskCompletionSource pagesReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pageHoldAfter = int.MaxValue;
    private int pageRequests;
    private int pagesHeld;

    public ScaleOutlets(int sources, int itemsPerFeed, int events, TimeSpan latency, DateTimeOffset now)
    {
        Sources = sources;
        ItemsPerFeed = itemsPerFeed;
        Events = events;
        Latency = latency;
        publishedBase = now - TimeSpan.FromHours(6);
        (listener, Port) = LoopbackPort.Listen();
        loop = Task.Run(AcceptAsync);
    }

    public int Sources { get; }

    public int ItemsPerFeed { get; }

    public int Events { get; }

    public TimeSpan Latency { get; }

    public int Port { get; }

    /// <summary>Requests answered, per path.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    /// <summary>Distinct articles (and so distinct canonical URLs and feed items) across all feeds.</summary>
    public int DistinctArticles => Sources * ItemsPerFeed;

    public IEnumerable<Uri> FeedUrls => Enumerable.Range(0, Sources).Select(FeedUrl);

    public Uri FeedUrl(int source) => new($"http://127.0.0.1:{Port}/feed/{source}.xml");

    public int FeedFetches => Hits.Where(h => h.Key.StartsWith("/feed/", StringComparison.Ordinal)).Sum(h => h.Value);

    public int PageFetches => Hits.Where(h => h.Key.StartsWith("/a/", StringComparison.Ordinal)).Sum(h => h.Value);

    /// <summary>Page requests held (waiting for <see cref="ReleasePages"/>) so far.</summary>
    public int PagesHeld => Volatile.Read(ref pagesHeld);

    /// <summary>Holds every page request after the first <paramref name="served"/> until <see cref="ReleasePages"/>.</summary>
    public void HoldPagesAfter(int served) => Volatile.Write(ref pageHoldAfter, served);

    /// <summary>Answers the held page requests, and every later one at once.</summary>
    public void ReleasePages() => pagesReleased.TrySetResult();

    private string ArticleUrl(int source, int item) => $"http://127.0.0.1:{Port}/a/{source}/{item}.html";

    private int EventOf(int source, int item) => (source * ItemsPerFeed + item) % Events;

    /// <summary>A made-up proper name, the same for an event everywhere: "Zarvok" style.</summary>
    private static string Name(int n, int salt)
    {
        var a = Syllables[(n * 7 + salt) % Syllables.Length];
        var b = Syllables[(n / Syllables.Length + salt * 3) % Syllables.Length];
        var c = Syllables[(n + salt * 5) % Syllables.Length];
        return char.ToUpperInvariant(a[0]) + a[1..] + b + c;
    }

    private (string Title, string[] Paragraphs, DateTimeOffset Published) Article(int source, int item)
    {
        var e = EventOf(source, item);
        var (place, person, agency) = (Name(e, 1), Name(e, 2), Name(e, 3));
        var count = 10 + e % 90;
        var published = publishedBase + TimeSpan.FromMinutes((e * 3 + source % 7) % 300);
        var (what, did, who) = Topics[e % Topics.Length];
        var title = (source % 3) switch
        {
            0 => $"{what} in {place} {did} {count} {who}",
            1 => $"{place}: {what} {did} {count} {who}",
            _ => $"{count} {who} hit as {what.ToLowerInvariant()} strikes {place}",
        };
        string[] paragraphs =
        [
            $"{what} in {place} {did} {count} {who} on Tuesday, the {agency} agency said.",
            $"\"We expect this to last for days,\" said {person}, who leads the {agency} response in {place}.",
            $"Officials in {place} opened {count / 10 + 2} centres for the {who} while {agency} inspectors assess the damage.",
            $"Outlet {source} will update this report from {place} as the {agency} agency publishes new figures.",
        ];
        return (title, paragraphs, published);
    }

    private string Feed(int source)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Outlet {source}</title><link>http://127.0.0.1:{Port}/</link>");
        void Add(int s, int i)
        {
            var (title, paragraphs, published) = Article(s, i);
            text.Append(CultureInfo.InvariantCulture,
                $"<item><guid isPermaLink=\"false\">outlet-{s}-item-{i}</guid><title>{WebUtility.HtmlEncode(title)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<link>{ArticleUrl(s, i)}?utm_source=rss&amp;utm_medium=feed</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>")
                .Append(CultureInfo.InvariantCulture, $"<description>{WebUtility.HtmlEncode(paragraphs[0])}</description></item>");
        }

        for (var i = 0; i < ItemsPerFeed; i++)
        {
            Add(source, i);
        }

        if (source > 0 && source % CrossPostEvery == 0)
        {
            Add(source - 1, 0);
        }

        return text.Append("</channel></rss>").ToString();
    }

    private string Page(int source, int item)
    {
        var (title, paragraphs, published) = Article(source, item);
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} - Outlet {source}</title>
            <link rel="canonical" href="{ArticleUrl(source, item)}">
            <meta property="article:published_time" content="{published.ToString("O", CultureInfo.InvariantCulture)}">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>{WebUtility.HtmlEncode(title)}</h1>
            {body}</article>
            <footer>Outlet {source}. All rights reserved.</footer></body></html>
            """;
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(ctx));
        }
    }

    private async Task AnswerAsync(HttpListenerContext ctx)
    {
        try
        {
            var path = ctx.Request.Url!.AbsolutePath;
            Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (path.StartsWith("/a/", StringComparison.Ordinal) && Interlocked.Increment(ref pageRequests) > Volatile.Read(ref pageHoldAfter))
            {
                Interlocked.Increment(ref pagesHeld);
                await pagesReleased.Task.WaitAsync(stop.Token);
            }

            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, stop.Token);
            }

            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            string? body = null, type = null;
            if (parts is ["feed", var feed] && feed.EndsWith(".xml", StringComparison.Ordinal)
                && int.TryParse(feed[..^4], CultureInfo.InvariantCulture, out var s) && s >= 0 && s < Sources)
            {
                (body, type) = (Feed(s), "application/rss+xml; charset=utf-8");
            }
            else if (parts is ["a", var sText, var page] && page.EndsWith(".html", StringComparison.Ordinal)
                && int.TryParse(sText, CultureInfo.InvariantCulture, out var ps) && int.TryParse(page[..^5], CultureInfo.InvariantCulture, out var pi)
                && ps >= 0 && ps < Sources && pi >= 0 && pi < ItemsPerFeed)
            {
                (body, type) = (Page(ps, pi), "text/html; charset=utf-8");
            }

            if (body is null)
            {
                ctx.Response.StatusCode = 404;
                ctx.Response.Close();
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            ctx.Response.ContentType = type;
            ctx.Response.ContentLength64 = bytes.Length;
            await ctx.Response.OutputStream.WriteAsync(bytes, stop.Token);
            ctx.Response.Close();
        }
        catch (Exception)
        {
            ctx.Response.Abort();
        }
    }


    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Close();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }

        stop.Dispose();
    }
}
