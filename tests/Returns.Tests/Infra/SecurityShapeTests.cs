using System.Text.RegularExpressions;

namespace Returns.Tests.Infra;

/// <summary>Security and shape of the compiled template: Entra ID everywhere, least-privilege roles, azd outputs.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class SecurityShapeTests(InfraTemplateFixture infra)
{
    /// <summary>The roles the app's managed identity may hold (never Owner, Contributor or key-based access).</summary>
    private static readonly Dictionary<string, string> IdentityRoles = new()
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = "Azure Service Bus Data Sender",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
        ["0ad04412-c4d5-4796-b79c-f76d14c8d402"] = "Durable Task Data Contributor",
    };

    /// <summary>The person running azd reads the generated secrets back and replaces partner secrets.</summary>
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    private static readonly string[] ExpectedOutputs =
    [
        "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "SERVICE_API_NAME",
        "SERVICE_API_URI", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_KEY_VAULT_NAME", "AZURE_KEY_VAULT_ENDPOINT",
        "AZURE_SERVICEBUS_NAMESPACE", "AZURE_SERVICEBUS_TOPIC", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID", "DURABLE_BACKEND", "AZURE_DURABLE_TASK_SCHEDULER_ENDPOINT",
    ];

    [Fact]
    public void StorageAccount_Compiled_AcceptsEntraIdOverTlsOnly()
    {
        var account = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.Storage/storageAccounts"));

        Assert.Equal("false", account.Text("properties.allowSharedKeyAccess"));
        Assert.Equal("false", account.Text("properties.allowBlobPublicAccess"));
        Assert.Equal("TLS1_2", account.Text("properties.minimumTlsVersion"));
        Assert.Equal("true", account.Text("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("Standard_LRS", account.Text("sku.name"));
    }

    [Fact]
    public void ServiceBus_Compiled_DisablesLocalAuthAndDeduplicatesTheTopic()
    {
        var ns = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.ServiceBus/namespaces"));
        var topic = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.ServiceBus/namespaces/topics"));

        Assert.Equal("true", ns.Text("properties.disableLocalAuth"));
        Assert.Equal("1.2", ns.Text("properties.minimumTlsVersion"));
        Assert.Equal("Standard", ns.Text("sku.name"));
        Assert.Equal("true", topic.Text("properties.requiresDuplicateDetection"));
        Assert.Equal("PT10M", topic.Text("properties.duplicateDetectionHistoryTimeWindow"));
        Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.ServiceBus/namespaces/topics/subscriptions"));
    }

    [Fact]
    public void ApplicationInsights_Compiled_DisablesLocalAuth()
    {
        var component = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.Insights/components"));
        var workspace = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.OperationalInsights/workspaces"));

        Assert.Equal("true", component.Text("properties.DisableLocalAuth"));
        Assert.Contains("dailyCapGb", workspace.Text("properties.workspaceCapping.dailyQuotaGb"));
    }

    [Fact]
    public void KeyVault_Compiled_UsesRbacWithPurgeProtection()
    {
        var vault = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.KeyVault/vaults"));

        Assert.Equal("true", vault.Text("properties.enableRbacAuthorization"));
        Assert.Equal("true", vault.Text("properties.enablePurgeProtection"));
        Assert.Equal("90", vault.Text("properties.softDeleteRetentionInDays"));
    }

    [Fact]
    public void FunctionApp_Compiled_IsHttpsOnlyFlexDotnetIsolated10()
    {
        var site = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.Web/sites"));
        var plan = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.Web/serverfarms"));

        Assert.Equal("true", site.Text("properties.httpsOnly"));
        Assert.Equal("dotnet-isolated", site.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.Text("properties.functionAppConfig.runtime.version"));
        Assert.Equal("UserAssignedIdentity", site.Text("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal("1.2", site.Text("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Text("properties.siteConfig.ftpsState"));
        Assert.Equal("UserAssigned", site.Text("identity.type"));
        Assert.Contains("'azd-service-name', parameters('serviceName')", site.Text("tags"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
    }

    [Fact]
    public void RoleAssignments_Compiled_GrantOnlyTheAllowedRoles()
    {
        var assignments = ArmTemplate.OfType(infra.Template, "Microsoft.Authorization/roleAssignments").ToArray();
        var granted = new HashSet<string>();

        Assert.All(assignments, a =>
        {
            var roles = ArmTemplate.Guids(a, "properties.roleDefinitionId");
            Assert.NotEmpty(roles);
            Assert.All(roles, role => Assert.True(
                IdentityRoles.ContainsKey(role) || role == KeyVaultSecretsOfficer,
                $"Role {role} is not allowed: {a.Text("properties.roleDefinitionId")}"));
            if (!roles.Contains(KeyVaultSecretsOfficer))
                Assert.Equal("ServicePrincipal", a.Text("properties.principalType")); // the managed identity
            granted.UnionWith(roles);
        });

        Assert.Equal(IdentityRoles.Keys.Append(KeyVaultSecretsOfficer).Order(), granted.Order());
    }

    [Fact]
    public void RoleAssignments_ServiceBusSender_IsScopedToTheTopic()
    {
        var sender = Assert.Single(
            ArmTemplate.OfType(infra.Template, "Microsoft.Authorization/roleAssignments"),
            a => ArmTemplate.Guids(a, "properties.roleDefinitionId").Contains("69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"));

        Assert.StartsWith("[resourceId('Microsoft.ServiceBus/namespaces/topics',", sender.Text("scope"));
    }

    [Fact]
    public void RoleAssignments_SecretsOfficer_IsOnlyForTheDeployingPrincipal()
    {
        var officer = Assert.Single(
            ArmTemplate.OfType(infra.Template, "Microsoft.Authorization/roleAssignments"),
            a => ArmTemplate.Guids(a, "properties.roleDefinitionId").Contains(KeyVaultSecretsOfficer));

        Assert.Contains("parameters('adminPrincipalId')", officer.Text("properties.principalId"));
        Assert.Contains("adminPrincipalId", officer.Text("condition"));
    }

    [Fact]
    public void DurableTaskScheduler_Compiled_AllowsAllAddressesAndHasTheTaskHub()
    {
        var scheduler = Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.DurableTask/schedulers"));

        Assert.Equal("[\"0.0.0.0/0\"]", scheduler.Text("properties.ipAllowlist")); // an empty list denies everyone
        Assert.Equal("Consumption", scheduler.Text("properties.sku.name"));
        Assert.Single(ArmTemplate.OfType(infra.Template, "Microsoft.DurableTask/schedulers/taskHubs"));
    }

    [Fact]
    public void Outputs_Compiled_AreUpperSnakeAndComplete()
    {
        var outputs = infra.Template["outputs"]!.AsObject().Select(p => p.Key).ToArray();

        Assert.All(outputs, name => Assert.Matches(UpperSnake(), name));
        Assert.All(ExpectedOutputs, name => Assert.Contains(name, outputs));
    }

    [Fact]
    public void Outputs_Compiled_ExposeNoSecureParameter()
    {
        var secureParameters = infra.Template["parameters"]!.AsObject()
            .Where(p => ((string?)p.Value!["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true)
            .Select(p => p.Key)
            .ToArray();
        var outputs = infra.Template["outputs"]!.AsObject();

        Assert.NotEmpty(secureParameters);
        Assert.All(outputs, output =>
        {
            Assert.DoesNotContain("secure", ArmTemplate.Text(output.Value!["type"]), StringComparison.OrdinalIgnoreCase);
            var value = ArmTemplate.Text(output.Value!["value"]);
            Assert.All(secureParameters, p => Assert.DoesNotContain($"parameters('{p}')", value));
        });
    }

    [Fact]
    public void Template_Compiled_NamesNoOwnerContributorOrUserAccessAdministrator()
    {
        var text = infra.Template.ToJsonString();

        Assert.DoesNotContain("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", text); // Owner
        Assert.DoesNotContain("b24988ac-6180-4e0e-ab88-20f7382dd24c", text); // Contributor
        Assert.DoesNotContain("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", text); // User Access Administrator
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
