using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Returns.Adapters.Events;
using Returns.Adapters.Storage;
using Returns.Api;
using Returns.Api.Configuration;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Integrations;

namespace Returns.Tests.Configuration;

/// <summary>The app starts on the settings a deployment gives it: identity connections, empty optional values, Key Vault secrets.</summary>
public sealed class DeployedSettingsTests
{
    private const string PublicBaseUrl = "https://returns-app.azurewebsites.net";

    [Fact]
    public void AddReturnsApp_IdentityConnections_UseTheConfiguredEndpoints()
    {
        using var services = Build(Deployed());

        var storage = services.GetRequiredService<ReturnsStorage>();
        Assert.Equal("https://returnsdata.table.core.windows.net/", storage.TableService.Uri.ToString());
        Assert.IsType<ServiceBusEventBroker>(services.GetRequiredService<IEventBroker>());
    }

    [Fact]
    public void AddReturnsApp_EmptyOptionalSettings_FallBackToDefaults()
    {
        using var services = Build(Deployed());

        var settings = services.GetRequiredService<IOptions<ReturnsSettings>>().Value;
        Assert.Equal(PublicBaseUrl, services.GetRequiredService<IOptions<ReturnLinkOptions>>().Value.PublicBaseUrl);
        Assert.Null(settings.EasyPostBaseUrl);
        Assert.Null(settings.StripeApiBase);
        Assert.True(string.IsNullOrEmpty(services.GetRequiredService<IOptions<ComplianceRuleOptions>>().Value.RulesDirectory));
        Assert.Empty(services.GetRequiredService<IOptions<IntegrationDispatchOptions>>().Value.WebhookUrls);
    }

    [Fact]
    public void AddReturnsApp_OnAzureWithADevelopmentSecret_RefusesToStartNamingOnlyTheSetting()
    {
        var values = Deployed();
        values["RETURNS_SHOPIFY_WEBHOOK_SECRET"] = ReturnsSettings.DevWebhookSecret;
        values["RETURNS_ADMIN_API_KEY"] = "short";
        using var services = Build(values);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReturnsSettings>>().Value);
        Assert.Contains("RETURNS_SHOPIFY_WEBHOOK_SECRET", error.Message);
        Assert.Contains("RETURNS_ADMIN_API_KEY", error.Message);
        Assert.DoesNotContain("short", error.Message.Replace("too short", ""));
        Assert.DoesNotContain(ReturnsSettings.DevWebhookSecret, error.Message);
    }

    [Fact]
    public void AddReturnsApp_LocallyWithDevelopmentSecrets_Starts()
    {
        var values = Deployed();
        values.Remove(DeployedSecretsValidation.AzureInstanceSetting);
        values["RETURNS_ADMIN_API_KEY"] = ReturnsSettings.DevAdminApiKey;
        using var services = Build(values);

        Assert.Equal(ReturnsSettings.DevAdminApiKey, services.GetRequiredService<IOptions<ReturnsSettings>>().Value.AdminApiKey);
    }

    [Fact]
    public void AddReturnsApp_OnAzure_CountsGuestFailuresInStorage_LocallyInMemoryOnly()
    {
        using var azure = Build(Deployed());
        var values = Deployed();
        values.Remove(DeployedSecretsValidation.AzureInstanceSetting);
        using var local = Build(values);

        Assert.NotNull(azure.GetRequiredService<Returns.Api.Security.GuestLookupLimits>().Shared);
        Assert.Null(local.GetRequiredService<Returns.Api.Security.GuestLookupLimits>().Shared);
    }

    /// <summary>What the Bicep template sets, with secrets as Key Vault would resolve them.</summary>
    private static Dictionary<string, string?> Deployed() => new()
    {
        [DeployedSecretsValidation.AzureInstanceSetting] = "0123456789abcdef",
        ["RETURNS_STORAGE__blobServiceUri"] = "https://returnsdata.blob.core.windows.net/",
        ["RETURNS_STORAGE__queueServiceUri"] = "https://returnsdata.queue.core.windows.net/",
        ["RETURNS_STORAGE__tableServiceUri"] = "https://returnsdata.table.core.windows.net/",
        ["RETURNS_STORAGE__credential"] = "managedidentity",
        ["RETURNS_STORAGE__clientId"] = "00000000-0000-0000-0000-000000000001",
        ["RETURNS_SERVICEBUS__fullyQualifiedNamespace"] = "returns-bus.servicebus.windows.net",
        ["RETURNS_SERVICEBUS__credential"] = "managedidentity",
        ["RETURNS_SERVICEBUS__clientId"] = "00000000-0000-0000-0000-000000000001",
        ["RETURNS_ADMIN_API_KEY"] = "Q2hhbmdlZC1hZG1pbi1rZXktMDEyMzQ1",
        ["RETURNS_LINK_SIGNING_KEY"] = "bGluay1zaWduaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGVm",
        ["RETURNS_SHOPIFY_WEBHOOK_SECRET"] = "shpss_0123456789abcdef0123",
        ["RETURNS_WOOCOMMERCE_WEBHOOK_SECRET"] = "woo-0123456789abcdef0123",
        ["RETURNS_AFTERSHIP_WEBHOOK_SECRET"] = "aftership-0123456789abcdef",
        ["RETURNS_EASYPOST_WEBHOOK_SECRET"] = "easypost-0123456789abcdef",
        ["RETURNS_CARRIER_WEBHOOK_SECRET"] = "carrier-0123456789abcdef",
        ["RETURNS_WEBHOOK_SIGNING_SECRET"] = "outbound-0123456789abcdef",
        ["RETURNS_PUBLIC_URL"] = "",
        ["RETURNS_SENDGRID_API_KEY"] = "",
        ["RETURNS_EASYPOST_API_KEY"] = "",
        ["RETURNS_EASYPOST_BASE_URL"] = "",
        ["RETURNS_STRIPE_API_KEY"] = "",
        ["RETURNS_STRIPE_API_BASE"] = "",
        ["RETURNS_WEBHOOK_URLS"] = "",
        ["RETURNS_RULES_DIR"] = "",
        ["RETURNS_ROUTING_DIR"] = "",
        ["RETURNS_BACKOFFICE_DIR"] = "",
        ["RETURNS_TASK_HUB"] = "returns",
    };

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReturnsApp(configuration, PublicBaseUrl);
        return services.BuildServiceProvider();
    }
}
