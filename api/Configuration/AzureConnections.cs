using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Returns.Adapters.Connections;

namespace Returns.Api.Configuration;

/// <summary>
/// Reads a connection the way Azure Functions reads one, so the app and the Functions host share the same settings:
/// <c>NAME</c> holds a connection string, or <c>NAME__blobServiceUri</c>/<c>NAME__tableServiceUri</c> (or
/// <c>NAME__accountName</c>) and <c>NAME__fullyQualifiedNamespace</c> name the endpoints, with
/// <c>NAME__credential=managedidentity</c> and <c>NAME__clientId</c> choosing a user-assigned managed identity.
/// </summary>
public static class AzureConnections
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>The storage account; Azurite's development storage when nothing is configured.</summary>
    public static StorageConnection Storage(IConfiguration configuration, string name)
    {
        if (configuration[name] is { Length: > 0 } connectionString)
            return StorageConnection.FromConnectionString(connectionString);

        var section = new ConnectionSection(configuration, name);
        var blob = ServiceUri(section, "blobServiceUri", "blob");
        var table = ServiceUri(section, "tableServiceUri", "table");
        if (blob is null && table is null)
            return StorageConnection.FromConnectionString(DevelopmentStorage);
        if (blob is null || table is null)
            throw new InvalidOperationException($"{name}: set both {name}__blobServiceUri and {name}__tableServiceUri, or {name}__accountName.");
        return StorageConnection.FromEndpoints(blob, table, Credential(section));
    }

    /// <summary>The Service Bus namespace; null when none is configured (integration events then go to the local outbox).</summary>
    public static ServiceBusConnection? ServiceBus(IConfiguration configuration, string name)
    {
        if (configuration[name] is { Length: > 0 } connectionString)
            return ServiceBusConnection.FromConnectionString(connectionString);

        var section = new ConnectionSection(configuration, name);
        return section["fullyQualifiedNamespace"] is { Length: > 0 } ns
            ? ServiceBusConnection.FromNamespace(ns, Credential(section))
            : null;
    }

    private static Uri? ServiceUri(ConnectionSection section, string key, string service)
    {
        if (section[key] is { Length: > 0 } text)
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                ? uri
                : throw new InvalidOperationException($"{section.Name}__{key} must be an https URL.");
        }

        return section["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.{service}.core.windows.net/") : null;
    }

    /// <summary>The named managed identity on Azure; otherwise the developer's own sign-in (Azure CLI, environment).</summary>
    private static TokenCredential Credential(ConnectionSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    /// <summary>A connection's keys, as <c>NAME:key</c> (environment variables with <c>__</c>) or literally <c>NAME__key</c>.</summary>
    private readonly record struct ConnectionSection(IConfiguration Configuration, string Name)
    {
        public string? this[string key] => Configuration[$"{Name}:{key}"] is { Length: > 0 } value ? value : Configuration[$"{Name}__{key}"];
    }
}
