using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsdesk.Storage;

namespace Newsdesk.Notify;

/// <summary>Registers follows, the outbox and the delivery worker (docs/notifications.md).</summary>
internal static class NotifyComposition
{
    /// <summary>Links in notices when neither Notify:PublicUrl nor Site:PublicUrl is set.</summary>
    public const string DefaultPublicUrl = "http://127.0.0.1:5080/";

    public static IServiceCollection AddNewsdeskNotify(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotifyOptions>().Bind(configuration.GetSection(NotifyOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.BaseBackoff <= o.MaxBackoff, "Newsdesk:Notify: BaseBackoff must not be longer than MaxBackoff")
            .Validate(o => o.PublicUrl is null || Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out _), "Newsdesk:Notify:PublicUrl must be an absolute URL")
            .Validate(o => o.Smtp.Security.ToLowerInvariant() is "starttls" or "tls" or "none", "Newsdesk:Notify:Smtp:Security is starttls, tls or none")
            .ValidateOnStart();
        services.AddSingleton<FollowStore>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<RevisionNotifier>();
        services.AddSingleton(sp =>
        {
            var url = sp.GetRequiredService<IOptions<NotifyOptions>>().Value.PublicUrl ?? configuration["Site:PublicUrl"] ?? DefaultPublicUrl;
            return new PublicLinks(new Uri(url.EndsWith('/') ? url : url + "/"));
        });
        services.AddSingleton(sp => new BoundedPost(sp.GetRequiredService<IOptions<NotifyOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WebChannels>();
        services.AddSingleton(sp => new SmtpChannel(sp.GetRequiredService<IOptions<NotifyOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DeliveryWorker>();
        return services;
    }
}
