using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Returns.Adapters;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Api.Security;
using Returns.Api.Workflow;
using Returns.Orchestrations;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Notifications;

namespace Returns.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Everything both hosts share: settings, adapters, the workflow's services and the HTTP handlers.
    /// <paramref name="publicBaseUrl"/> is where links in emails point when RETURNS_PUBLIC_URL is unset.
    /// </summary>
    public static IServiceCollection AddReturnsApp(this IServiceCollection services, IConfiguration configuration, string publicBaseUrl)
    {
        var settings = new ReturnsSettings();
        configuration.Bind(settings);
        services.AddOptions<ReturnsSettings>().Bind(configuration)
            .Validate(s => !string.IsNullOrWhiteSpace(s.LinkSigningKey), "RETURNS_LINK_SIGNING_KEY is required.")
            .Validate(s => !string.IsNullOrWhiteSpace(s.AdminApiKey), "RETURNS_ADMIN_API_KEY is required.")
            .Validate(s => s.ParseWebhookUrls() is not null, "RETURNS_WEBHOOK_URLS must be comma-separated https URLs (or http://127.0.0.1 ones).")
            .Validate(s => !string.IsNullOrWhiteSpace(s.WebhookSigningSecret), "RETURNS_WEBHOOK_SIGNING_SECRET is required.")
            .Validate(s => s.AnalyticsCurrency is { Length: 3 } c && c.All(char.IsAsciiLetter), "RETURNS_ANALYTICS_CURRENCY must be an ISO 4217 code such as USD.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReturnsSettings>>(new DeployedSecretsValidation(configuration));

        services.AddReturnsAdapters(new AdapterSettings(
            AzureConnections.Storage(configuration, "RETURNS_STORAGE"), settings.SendGridApiKey,
            AzureConnections.ServiceBus(configuration, "RETURNS_SERVICEBUS"), settings.EmailFrom,
            EasyPostApiKey: settings.EasyPostApiKey, EasyPostBaseUrl: settings.EasyPostBaseUrl,
            StripeApiKey: settings.StripeApiKey, StripeApiBase: settings.StripeApiBase,
            WebhookSigningSecret: Encoding.UTF8.GetBytes(settings.WebhookSigningSecret ?? ""), TaskHub: settings.TaskHub));
        services.AddOptions<Orchestrations.Integrations.IntegrationDispatchOptions>().Configure<IOptions<ReturnsSettings>>((dispatch, s) =>
            dispatch.WebhookUrls = s.Value.ParseWebhookUrls() ?? []);
        services.AddSingleton(new Orchestrations.StoreCredit.StoreCreditTerms(
            Math.Clamp(settings.StoreCreditBonusPercent, 0, 1000), settings.StoreCreditValidity, settings.ShopName));
        // Store-credit codes are keyed with the link-signing key, so nobody can work one out from a return id.
        services.AddSingleton(_ => Orchestrations.StoreCredit.StoreCreditCodes.Keyed(SigningKeyBytes(settings.LinkSigningKey ?? "")));
        services.AddReturnsWorkflow();
        services.AddOptions<ComplianceRuleOptions>().Configure<IOptions<ReturnsSettings>>((rules, s) => rules.RulesDirectory = s.Value.RulesDirectory);
        services.AddOptions<RoutingNetworkOptions>().Configure<IOptions<ReturnsSettings>>((routing, s) => routing.Directory = s.Value.RoutingDirectory);
        services.AddOptions<Orchestrations.Analytics.AnalyticsOptions>().Configure<IOptions<ReturnsSettings>>((analytics, s) =>
        {
            analytics.Currency = s.Value.AnalyticsCurrency;
            analytics.RefreshInterval = s.Value.AnalyticsRefresh;
        });
        services.AddOptions<Orchestrations.Backoffice.BackofficeRulesOptions>()
            .Configure<IOptions<ReturnsSettings>>((o, s) => o.Directory = s.Value.BackofficeDirectory);
        services.AddHostedService<ComplianceRulesCheck>();
        services.AddOptions<ReturnLinkOptions>().Configure<IOptions<ReturnsSettings>>((links, s) =>
        {
            links.PublicBaseUrl = (string.IsNullOrWhiteSpace(s.Value.PublicUrl) ? publicBaseUrl : s.Value.PublicUrl).TrimEnd('/');
            links.SigningKey = SigningKeyBytes(s.Value.LinkSigningKey ?? "");
            links.ConfirmationLinkLifetime = s.Value.ConfirmationTimeout;
            links.MerchantEmail = s.Value.MerchantEmail;
            links.LabelLifetime = s.Value.LabelExpiry;
        });

        services.AddSingleton(sp => new ReturnWorkflowGateway(settings.ToTimings(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ReturnWorkflowGateway>>()));
        services.AddSingleton(sp => new ReturnProjectionWaiter(sp.GetRequiredService<Orchestrations.Ports.IReturnStore>(), settings.ActionSettleTimeout));
        // On Azure the app may run on several instances: failures are counted in storage too, so they add up across them.
        var sharedGuestFailures = !string.IsNullOrEmpty(configuration[DeployedSecretsValidation.AzureInstanceSetting]);
        services.AddSingleton(sp => new GuestLookupLimits(
            new GuestLookupLimiter(sp.GetRequiredService<TimeProvider>(), settings.LookupFailureLimit, TimeSpan.FromMinutes(15)),
            new GuestLookupLimiter(sp.GetRequiredService<TimeProvider>(), settings.LookupFailureLimit * 2, TimeSpan.FromMinutes(15)),
            sharedGuestFailures
                ? new TableGuestFailures(sp.GetRequiredService<Adapters.Storage.ReturnsStorage>(), SigningKeyBytes(settings.LinkSigningKey ?? ""),
                    sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TableGuestFailures>>())
                : null));
        services.AddSingleton<GuestAccess>();
        services.AddSingleton<CarrierScanIntake>();
        services.AddSingleton<HealthHandlers>();
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<Integrations.PlatformOrderSync>();
        services.AddSingleton<OrderHandlers>();
        services.AddSingleton<ShopifyHandlers>();
        services.AddSingleton<WooCommerceHandlers>();
        services.AddSingleton<PortalHandlers>();
        services.AddSingleton<TrackingHandlers>();
        services.AddSingleton<PhotoHandlers>();
        services.AddSingleton<ConfirmationHandlers>();
        services.AddSingleton<CarrierHandlers>();
        services.AddSingleton<AdminHandlers>();
        services.AddSingleton<ComplianceHandlers>();
        services.AddSingleton<ClaimsHandlers>();
        services.AddSingleton<RoutingHandlers>();
        services.AddSingleton<AnalyticsHandlers>();
        services.AddSingleton<LedgerHandlers>();
        services.AddSingleton<WebhookDeliveryHandlers>();
        services.AddSingleton<BackofficeHandlers>();
        services.AddSingleton<DevOutboxHandlers>();
        services.AddSingleton<ErasureHandlers>();
        return services;
    }

    /// <summary>A base64 key of 32 bytes or more is used as bytes; anything else as its UTF-8 text.</summary>
    public static byte[] SigningKeyBytes(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written >= 32 ? buffer[..written] : Encoding.UTF8.GetBytes(key);
    }
}
