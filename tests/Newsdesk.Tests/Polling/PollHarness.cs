using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Polling;

/// <summary>A clock that runs with real time plus an offset the test moves forward (to make sources due).</summary>
internal sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>The CLI's own composition over a temporary data folder, with test settings (loopback allowed, short caps).</summary>
internal sealed class PollHarness : IAsyncDisposable
{
    private readonly IHost host;

    private PollHarness(IHost host, string folder)
    {
        this.host = host;
        Folder = folder;
    }

    public string Folder { get; }

    public ShiftedTime Time => (ShiftedTime)host.Services.GetRequiredService<TimeProvider>();

    public SourceStore Sources => host.Services.GetRequiredService<SourceStore>();

    public ItemStore Items => host.Services.GetRequiredService<ItemStore>();

    public Poller Poller => host.Services.GetRequiredService<Poller>();

    public Database Database => host.Services.GetRequiredService<Database>();

    public PollerService CreatePollerService() => ActivatorUtilities.CreateInstance<PollerService>(host.Services);

    public static async Task<PollHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-poll-" + Guid.NewGuid().ToString("N"));
        var builder = NewsdeskHost.CreateBuilder(folder);
        builder.Configuration["Logging:LogLevel:Default"] = "None";
        builder.Configuration["Newsdesk:Fetch:AllowedAddresses:0"] = "127.0.0.1";
        builder.Configuration["Newsdesk:Fetch:PerHostMinGap"] = "00:00:00.010";
        builder.Configuration["Newsdesk:Fetch:Timeout"] = "00:00:02";
        builder.Configuration["Newsdesk:Fetch:MaxBodyBytes"] = "262144";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton<TimeProvider>(new ShiftedTime());
        var host = builder.Build();
        await host.StartAsync();
        return new PollHarness(host, folder);
    }

    public async Task<Source> AddAsync(Uri url) =>
        (await Sources.AddAsync(new NewSource(url.AbsoluteUri), PollPolicy.InitialInterval(PollBounds.Default), Time.GetUtcNow(), default)).Source;

    public async Task<Source> GetAsync(long id) => (await Sources.GetAsync(id, default))!;

    /// <summary>Moves the clock past every source's next poll time and polls once.</summary>
    public async Task<PollSummary> PollAllAsync()
    {
        var next = await Sources.NextDueAsync(default);
        if (next is { } due && due > Time.GetUtcNow())
        {
            Time.Offset += due - Time.GetUtcNow() + TimeSpan.FromSeconds(1);
        }

        return await Poller.PollDueAsync(default);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
