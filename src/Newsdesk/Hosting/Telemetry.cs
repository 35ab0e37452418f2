using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Newsdesk.Workers;

namespace Newsdesk.Hosting;

/// <summary>Where metrics go (<c>Newsdesk:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Newsdesk:Telemetry";

    /// <summary>
    /// An OpenTelemetry collector's OTLP/HTTP base address (e.g. http://127.0.0.1:4318). Unset:
    /// the standard OTEL_EXPORTER_OTLP_ENDPOINT is used when set, else no metrics are exported.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>How often metrics are pushed.</summary>
    [Range(1, 3600)]
    public int ExportIntervalSeconds { get; set; } = 15;
}

/// <summary>
/// Exports the pipeline's counters (the <see cref="PipelineStats.MeterName"/> meter), the web
/// server's request metrics and the HTTP client's over OTLP when a collector is configured.
/// </summary>
internal static class Telemetry
{
    private const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddNewsdeskTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = options.OtlpEndpoint
            ?? (Uri.TryCreate(Environment.GetEnvironmentVariable(StandardEndpointVariable), UriKind.Absolute, out var standard) ? standard : null);
        if (endpoint is null)
        {
            return services;
        }

        var metricsUrl = new Uri(endpoint, endpoint.AbsolutePath.EndsWith("/v1/metrics", StringComparison.Ordinal) ? "" : "v1/metrics");
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("newsdesk"))
            .WithMetrics(metrics => metrics
                .AddMeter(PipelineStats.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http")
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = metricsUrl;
                    exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ExportIntervalSeconds * 1000;
                }));
        return services;
    }
}
