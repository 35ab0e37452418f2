using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Web;
using Newsdesk.Workers;

namespace Newsdesk.Hosting;

/// <summary>What a <c>newsdesk serve</c> process runs: the pipeline, the site, or both.</summary>
public enum ServeRole
{
    All,
    Worker,
    Web,
}

/// <summary>
/// Composes <c>newsdesk serve</c> (and the demo): configuration from appsettings.json, then
/// NEWSDESK__... environment variables, then the given overrides; the database migrated at start;
/// the pipeline as a background service (roles all and worker) and the site (roles all and web).
/// </summary>
internal static class ServeHost
{
    /// <summary>Configuration key choosing the log format: <c>json</c> or (default) single-line text.</summary>
    public const string LogFormatKey = "Newsdesk:LogFormat";

    public static WebApplication Build(
        ServeRole role,
        string url,
        IReadOnlyDictionary<string, string?> overrides,
        Action<IServiceCollection>? configure = null,
        LogLevel minimumLevel = LogLevel.Information,
        bool pipelineInBackground = true)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);   // no "Server: Kestrel": nothing to fingerprint
        builder.Logging.ClearProviders();
        // Structured logs: every [LoggerMessage] event carries named fields; "json" writes them as
        // one JSON object a line for a log collector, the default writes one readable line.
        if (string.Equals(builder.Configuration[LogFormatKey], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter(NewsdeskHost.HostInternals, LogLevel.Critical);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // A long-running process waits for an unreachable database at start instead of exiting.
        builder.Services.AddSingleton(new StorageStartup(WaitWhileUnreachable: true));
        builder.Services.AddNewsdeskSources(builder.Configuration);
        builder.Services.AddNewsdeskPipeline(builder.Configuration);
        builder.Services.AddNewsdeskTelemetry(builder.Configuration);
        builder.Services.AddSingleton<IAdminActions, StorageAdminActions>();
        builder.Services.AddSingleton<AdminSessionStore>();
        builder.Services.AddSingleton<IAdminSessions, StoredAdminSessions>();
        configure?.Invoke(builder.Services);
        // Without the background service the caller runs the pipeline's rounds itself (the demo's stepped replay).
        if ((role is ServeRole.All or ServeRole.Worker) && pipelineInBackground)
        {
            builder.Services.AddHostedService<PipelineService>();
            if (builder.Configuration.GetValue($"{Notify.NotifyOptions.Section}:{nameof(Notify.NotifyOptions.Enabled)}", true))
            {
                builder.Services.AddHostedService<Notify.DeliveryService>();
            }
        }

        if (role is ServeRole.Web)
        {
            builder.Services.AddHostedService<CatalogRefreshService>();
        }

        builder.Services.AddNewsdeskSite();
        var app = builder.Build();
        app.MapNewsdeskSite();
        return app;
    }
}
