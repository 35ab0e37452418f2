using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Newsdesk.Fetching;
using Newsdesk.Notify;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Hosting;

/// <summary>
/// Composes the services the CLI commands share: configuration (appsettings.json beside the
/// program, then NEWSDESK__... environment variables, then <c>--data</c>), validated options,
/// the database (migrated at start), the fetcher and the poller. Logs go to standard error so
/// that standard output stays the command's own.
/// </summary>
internal static class NewsdeskHost
{
    /// <summary>The log category of the generic host's own start and stop messages.</summary>
    public const string HostInternals = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Configuration key of <see cref="NewsdeskOptions.CreateDatabase"/> (<c>--create</c>).</summary>
    public const string CreateDatabaseKey = $"{NewsdeskOptions.Section}:{nameof(NewsdeskOptions.CreateDatabase)}";

    public static HostApplicationBuilder CreateBuilder(string? dataDir, bool create = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
            Configuration = new ConfigurationManager { ["hostBuilder:reloadConfigOnChange"] = "false" },
        });
        if (dataDir is not null)
        {
            builder.Configuration[$"{NewsdeskOptions.Section}:{nameof(NewsdeskOptions.DataDir)}"] = dataDir;
        }

        if (create)
        {
            builder.Configuration[CreateDatabaseKey] = "true";
        }

        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A start that fails (a lost database, an unreachable server) is reported by the command in
        // one line; the host's own multi-line "Hosting failed to start" would repeat it as a stack trace.
        builder.Logging.AddFilter(HostInternals, LogLevel.Critical);
        builder.Services.AddNewsdeskSources(builder.Configuration);
        return builder;
    }

    /// <summary>Builds and starts the host: options are validated and the database migrated before this returns.</summary>
    public static async Task<IHost> StartAsync(string? dataDir, CancellationToken ct, bool create = false)
    {
        var host = CreateBuilder(dataDir, create).Build();
        await host.StartAsync(ct);
        return host;
    }

    /// <summary>
    /// Runs a command with a started host. Invalid configuration and an unreachable database are
    /// reported as one line on standard error with exit code 1, not as a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string? dataDir, CancellationToken ct, Func<IHost, Task<int>> run, bool create = false)
    {
        try
        {
            using var host = await StartAsync(dataDir, ct, create);
            var code = await run(host);
            await host.StopAsync(CancellationToken.None);
            return code;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"newsdesk: invalid configuration: {string.Join("; ", e.Failures)}");
            return 1;
        }
        catch (StorageUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {e.Message}");
            return 1;
        }
        catch (SchemaTooNewException e)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {e.Message}");
            return 1;
        }
    }

    public static IServiceCollection AddNewsdeskSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsdeskOptions>().Bind(configuration.GetSection(NewsdeskOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedAddresses.All(a => System.Net.IPAddress.TryParse(a, out _)),
                "Newsdesk:Fetch:AllowedAddresses must hold IP addresses only (e.g. 127.0.0.1)")
            .ValidateOnStart();
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MinInterval <= o.MaxInterval, "Newsdesk:Polling:MinInterval must not be longer than MaxInterval")
            .ValidateOnStart();

        services.AddOptions<LeaseOptions>().Bind(configuration.GetSection(LeaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton(NewsClock.System);
        services.AddSingleton(_ => LeaseOwner.ForThisProcess());
        services.AddSingleton<WorkerLeases>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NewsdeskOptions>>().Value;
            return DatabaseSelector.Create(options.Database, options.DataDir, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => sp.GetRequiredService<Database>().Watch);
        services.AddHostedService<DatabaseWatchLog>();
        services.TryAddSingleton(new StorageStartup(WaitWhileUnreachable: false));
        services.AddHostedService<StorageInitializer>();
        services.AddSingleton<SourceStore>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton(sp => new HttpFetcher(
            sp.GetRequiredService<IOptions<FetchOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RobotsCache(sp.GetRequiredService<HttpFetcher>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Poller>();
        services.AddSingleton<SourceSubscriber>();
        services.AddNewsdeskNotify(configuration);
        return services;
    }
}
