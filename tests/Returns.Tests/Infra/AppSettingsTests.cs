using System.Text.RegularExpressions;

namespace Returns.Tests.Infra;

/// <summary>The Function App's settings in the compiled template match what the code reads.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class AppSettingsTests(InfraTemplateFixture infra)
{
    [Fact]
    public void AppSettings_EveryNameTheCodeReads_IsSet()
    {
        var settings = SiteAppSettings.Unconditional(infra.Template).Keys.ToArray();
        var codeNames = AppConfigurationNames.All();

        var missing = codeNames.Where(n => !AppConfigurationNames.IsSatisfied(n, settings)).Order().ToArray();

        Assert.Contains("RETURNS_STORAGE", codeNames); // host.json's durable connection, read through reflection and host.json
        Assert.True(missing.Length == 0, "App settings missing from the Bicep: " + string.Join(", ", missing));
    }

    [Fact]
    public void AppSettings_ReturnsNames_AreAllReadByTheCode()
    {
        var codeNames = AppConfigurationNames.All();

        var unknown = SiteAppSettings.All(infra.Template).Keys
            .Where(n => n.StartsWith("RETURNS_", StringComparison.Ordinal))
            .Where(n => !codeNames.Contains(n) && !IsIdentityKeyOf(n, codeNames))
            .Order()
            .ToArray();

        Assert.True(unknown.Length == 0, "App settings the code does not read (typo?): " + string.Join(", ", unknown));
    }

    [Fact]
    public void AppSettings_Secrets_AreKeyVaultReferencesToVaultSecrets()
    {
        var settings = SiteAppSettings.All(infra.Template);
        var vaultSecrets = InfraSecrets.VaultSecretNames(infra.Template);
        var secretSettings = AppConfigurationNames.All().Where(n => n.EndsWith("_KEY", StringComparison.Ordinal) || n.EndsWith("_SECRET", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(secretSettings);
        Assert.All(secretSettings, name =>
        {
            Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings[name]);
            var secret = SecretName().Match(settings[name]);
            Assert.True(secret.Success, $"{name} names no secret: {settings[name]}");
            Assert.Contains(secret.Groups[1].Value, vaultSecrets);
        });
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", new[] { "blobServiceUri", "queueServiceUri", "tableServiceUri" })]
    [InlineData("RETURNS_STORAGE", new[] { "blobServiceUri", "queueServiceUri", "tableServiceUri" })]
    [InlineData("RETURNS_SERVICEBUS", new[] { "fullyQualifiedNamespace" })]
    public void AppSettings_IdentityConnection_HasEndpointsAndManagedIdentity(string connection, string[] endpoints)
    {
        var settings = SiteAppSettings.Unconditional(infra.Template);

        Assert.All(endpoints, key => Assert.True(settings.ContainsKey($"{connection}__{key}"), $"{connection}__{key} is not set."));
        Assert.Equal("managedidentity", settings[$"{connection}__credential"]);
        Assert.Contains("identityClientId", settings[$"{connection}__clientId"]);
        Assert.False(settings.ContainsKey(connection), $"{connection} is set as a connection string; it must use the managed identity.");
    }

    [Fact]
    public void AppSettings_FlexConsumption_LeavesRuntimeToFunctionAppConfig()
    {
        var settings = SiteAppSettings.All(infra.Template);

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void AppSettings_DurableTaskScheduler_OnlyWithThatBackend()
    {
        var group = Assert.Single(SiteAppSettings.Groups(infra.Template), g => g.Settings.ContainsKey("DURABLE_TASK_SCHEDULER_CONNECTION_STRING"));

        Assert.True(group.Conditional, "The Durable Task Scheduler settings must only be set with that backend.");
        Assert.Equal("azureManaged", group.Settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__type"]);
        Assert.Equal("DURABLE_TASK_SCHEDULER_CONNECTION_STRING", group.Settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName"]);
        Assert.Contains("Authentication=ManagedIdentity", group.Settings["DURABLE_TASK_SCHEDULER_CONNECTION_STRING"]);
        Assert.DoesNotContain("DURABLE_TASK_SCHEDULER_CONNECTION_STRING", SiteAppSettings.Unconditional(infra.Template).Keys);
    }

    [Fact]
    public void AppSettings_Values_UseNoAccountKeys()
    {
        var withKeys = SiteAppSettings.All(infra.Template)
            .Where(s => s.Value.Contains("listKeys(", StringComparison.OrdinalIgnoreCase)
                || s.Value.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
                || s.Value.Contains("SharedAccessKey", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Key);

        Assert.Empty(withKeys);
    }

    private static bool IsIdentityKeyOf(string setting, IReadOnlySet<string> codeNames)
    {
        var separator = setting.IndexOf("__", StringComparison.Ordinal);
        return separator > 0
            && codeNames.Contains(setting[..separator])
            && AppConfigurationNames.IdentityKeys.Contains(setting[(separator + 2)..]);
    }

    [GeneratedRegex("secrets/([a-z0-9-]+)/")]
    private static partial Regex SecretName();
}
