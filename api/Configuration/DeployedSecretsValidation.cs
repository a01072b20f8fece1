using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Returns.Api.Configuration;

/// <summary>
/// On Azure (the platform sets WEBSITE_INSTANCE_ID) the app refuses to start with a secret that is missing, shorter than
/// 15 characters (the length of the random secrets `azd up` generates) or one of the documented development values, so a deployment can never run on a key anyone can read
/// in the README. Only the names of the weak settings are reported, never their values.
/// </summary>
public sealed class DeployedSecretsValidation(IConfiguration configuration) : IValidateOptions<ReturnsSettings>
{
    public const string AzureInstanceSetting = "WEBSITE_INSTANCE_ID";
    private const int MinimumLength = 15;

    public ValidateOptionsResult Validate(string? name, ReturnsSettings options)
    {
        if (string.IsNullOrWhiteSpace(configuration[AzureInstanceSetting]))
            return ValidateOptionsResult.Success;

        var weak = Secrets(options).Where(s => IsWeak(s.Value)).Select(s => s.Name).ToArray();
        return weak.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"These secrets are missing, too short or development values: {string.Join(", ", weak)}. Set them in Key Vault.");
    }

    private static bool IsWeak(string? secret) =>
        secret is null || secret.Trim().Length < MinimumLength
        || secret == ReturnsSettings.DevAdminApiKey || secret == ReturnsSettings.DevWebhookSecret
        || secret.StartsWith("dev-", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Name, string? Value)> Secrets(ReturnsSettings s) =>
    [
        ("RETURNS_ADMIN_API_KEY", s.AdminApiKey),
        ("RETURNS_LINK_SIGNING_KEY", s.LinkSigningKey),
        ("RETURNS_SHOPIFY_WEBHOOK_SECRET", s.ShopifyWebhookSecret),
        ("RETURNS_WOOCOMMERCE_WEBHOOK_SECRET", s.WooCommerceWebhookSecret),
        ("RETURNS_AFTERSHIP_WEBHOOK_SECRET", s.AfterShipWebhookSecret),
        ("RETURNS_EASYPOST_WEBHOOK_SECRET", s.EasyPostWebhookSecret),
        ("RETURNS_CARRIER_WEBHOOK_SECRET", s.CarrierWebhookSecret),
        ("RETURNS_WEBHOOK_SIGNING_SECRET", s.WebhookSigningSecret),
    ];
}
