using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Verification;
using Newsdesk.Workers;
using Newsdesk.Writing;

namespace Newsdesk.Hosting;

/// <summary>Registers the stages after polling and the catalog the site reads.</summary>
internal static class PipelineComposition
{
    public static IServiceCollection AddNewsdeskPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.RewriteInterval >= TimeSpan.Zero && o.ClusterWindow > TimeSpan.Zero && o.IdleDelay > TimeSpan.Zero && o.WriteMaxWait > TimeSpan.Zero,
                "Newsdesk:Pipeline: RewriteInterval must not be negative; ClusterWindow, IdleDelay and WriteMaxWait must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(NewsClock.System);
        services.AddSingleton<PipelineStats>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton<WireCopyIndex>();
        services.AddSingleton<Verifier>();
        // Newsdesk:Writing:Writer = extractive (default, no model) or llm (Newsdesk:Writing:Llm's endpoint).
        services.TryAddSingleton<IStoryWriter>(sp =>
            string.Equals(configuration["Newsdesk:Writing:Writer"], "llm", StringComparison.OrdinalIgnoreCase)
                ? Commands.LlmWiring.Create(configuration, new ExtractiveWriterOptions(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())
                : new ExtractiveWriter());
        services.AddSingleton(sp => new InMemoryStoryCatalog(sp.GetRequiredService<NewsClock>().Provider));
        services.AddSingleton<IStoryCatalog>(sp => new StoredSearchCatalog(
            sp.GetRequiredService<InMemoryStoryCatalog>(), StorySearch.For(sp.GetRequiredService<Database>()),
            sp.GetRequiredService<SourceStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ArticleStage>();
        services.AddSingleton<ClusterStage>();
        services.AddSingleton<WritingStage>();
        services.AddSingleton<Pipeline>();
        services.AddSingleton<PollNudge>();
        return services;
    }
}
