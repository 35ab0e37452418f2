using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Demo;

/// <summary>
/// The loopback server of the bundled sample outlets: it replays their publication over a
/// compressed timeline, so feeds grow and pages appear as the replay clock passes their times.
/// Bound to 127.0.0.1 only. Dispose it to stop.
/// </summary>
public sealed class SampleOutletServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SampleOutletServer(WebApplication app, Uri baseUri, SampleSet samples, DemoTimeline timeline, IReadOnlyList<SampleOutletEndpoint> outlets)
    {
        _app = app;
        BaseUri = baseUri;
        Samples = samples;
        Timeline = timeline;
        Outlets = outlets;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUri { get; }

    public SampleSet Samples { get; }

    public DemoTimeline Timeline { get; }

    public IReadOnlyList<SampleOutletEndpoint> Outlets { get; }

    /// <summary>The outlets as OPML (also served at /outlets.opml).</summary>
    public string ToOpml() => OpmlExport.Write(Outlets, Timeline.StoryStart);

    public static async Task<SampleOutletServer> StartAsync(SampleOutletOptions options, TimeProvider time, CancellationToken ct)
    {
        options.Validate();
        var root = SamplesLocator.Locate(options.SamplesPath);
        var samples = SampleSetLoader.Load(root);
        var templates = LoadTemplates(root, samples);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 0;
            k.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddResponseCompression(c =>
        {
            // Feeds and pages are gzip- or brotli-compressed when the client asks, as real outlets' are.
            c.MimeTypes = ["text/html", "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "text/x-opml", "image/svg+xml"];
        });
        var app = builder.Build();
        app.UseResponseCompression();

        SampleOutletSite? site = null;
        // Kestrel listens before the site exists (its port decides the URLs); until then, 503.
        app.Run(http =>
        {
            if (site is null)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return site.HandleAsync(http);
        });
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUri = new Uri(new Uri(address), "/");
        // The replay clock starts once the server answers, so no story time is lost to start-up.
        var timeline = options.Stepped
            ? DemoTimeline.Stepped(samples.StoryStart, samples.StoryLength)
            : new DemoTimeline(samples.StoryStart, samples.StoryLength, options.ReplayLength, time);
        site = new SampleOutletSite(samples, timeline, templates, baseUri, options.MaxFeedItems);
        return new SampleOutletServer(app, baseUri, samples, timeline, site.Endpoints);
    }

    private static Dictionary<string, string> LoadTemplates(string root, SampleSet samples)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in samples.Outlets.Select(o => o.Template).Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(root, "templates", name + ".html");
            if (!File.Exists(file))
            {
                throw new SampleSetException($"missing page template {file}");
            }

            templates[name] = File.ReadAllText(file);
        }

        return templates;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
