using Azure.Core;
using Azure.Messaging.ServiceBus;

namespace Returns.Adapters.Connections;

/// <summary>How the app reaches its Service Bus namespace: a connection string, or the namespace with a Microsoft Entra credential.</summary>
public sealed record ServiceBusConnection
{
    private ServiceBusConnection(string? connectionString, string? fullyQualifiedNamespace, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        FullyQualifiedNamespace = fullyQualifiedNamespace;
        Credential = credential;
    }

    public string? ConnectionString { get; }

    public string? FullyQualifiedNamespace { get; }

    public TokenCredential? Credential { get; }

    public static ServiceBusConnection FromConnectionString(string connectionString) => new(connectionString, null, null);

    public static ServiceBusConnection FromNamespace(string fullyQualifiedNamespace, TokenCredential credential) =>
        new(null, fullyQualifiedNamespace, credential);

    public ServiceBusClient CreateClient() =>
        ConnectionString is not null ? new ServiceBusClient(ConnectionString) : new ServiceBusClient(FullyQualifiedNamespace!, Credential!);
}
