using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Publishing;

namespace Newsdesk.Web;

/// <summary>
/// A site host over an in-memory catalog on the given URL (loopback): the site's tests, the bench
/// (<c>newsdesk site-sample</c>) and the lead's composition all start the site this way.
/// </summary>
internal static class SampleSite
{
    public static WebApplication Build(string url, InMemoryStoryCatalog catalog, TimeProvider time, Action<SiteOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SampleSite).Assembly.GetName().Name });
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IStoryCatalog>(catalog);
        builder.Services.AddSingleton<IAdminActions>(catalog);
        builder.Services.AddNewsdeskSite(configure);
        var app = builder.Build();
        app.MapNewsdeskSite();
        return app;
    }
}
