using Microsoft.Extensions.Configuration;
using Returns.Api.Configuration;

namespace Returns.Tests.Configuration;

public sealed class AzureConnectionsTests
{
    [Fact]
    public void Storage_ConnectionString_IsUsedAsIs()
    {
        var connection = AzureConnections.Storage(Config(("RETURNS_STORAGE", "UseDevelopmentStorage=true")), "RETURNS_STORAGE");

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.Credential);
    }

    [Fact]
    public void Storage_NothingConfigured_IsDevelopmentStorage()
    {
        Assert.Equal(AzureConnections.DevelopmentStorage, AzureConnections.Storage(Config(), "RETURNS_STORAGE").ConnectionString);
    }

    [Fact]
    public void Storage_AccountName_GivesTheAccountsEndpointsWithACredential()
    {
        var connection = AzureConnections.Storage(
            Config(("RETURNS_STORAGE:accountName", "returnsdata"), ("RETURNS_STORAGE:credential", "managedidentity"), ("RETURNS_STORAGE:clientId", "abc")),
            "RETURNS_STORAGE");

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://returnsdata.blob.core.windows.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://returnsdata.table.core.windows.net/"), connection.TableServiceUri);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(connection.Credential);
    }

    [Fact]
    public void Storage_ServiceUrisWithoutManagedIdentity_UseTheDevelopersSignIn()
    {
        var connection = AzureConnections.Storage(
            Config(("RETURNS_STORAGE:blobServiceUri", "https://a.blob.core.windows.net"), ("RETURNS_STORAGE:tableServiceUri", "https://a.table.core.windows.net")),
            "RETURNS_STORAGE");

        Assert.IsType<Azure.Identity.DefaultAzureCredential>(connection.Credential);
    }

    [Fact]
    public void Storage_OnlyTheBlobEndpoint_FailsNamingBothSettings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureConnections.Storage(
            Config(("RETURNS_STORAGE:blobServiceUri", "https://a.blob.core.windows.net")), "RETURNS_STORAGE"));

        Assert.Contains("RETURNS_STORAGE__tableServiceUri", error.Message);
    }

    [Fact]
    public void Storage_PlainHttpEndpoint_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => AzureConnections.Storage(
            Config(("RETURNS_STORAGE:blobServiceUri", "http://a.blob.core.windows.net"), ("RETURNS_STORAGE:tableServiceUri", "https://a.table.core.windows.net")),
            "RETURNS_STORAGE"));
    }

    [Fact]
    public void ServiceBus_NothingOrEmpty_IsNone()
    {
        Assert.Null(AzureConnections.ServiceBus(Config(), "RETURNS_SERVICEBUS"));
        Assert.Null(AzureConnections.ServiceBus(Config(("RETURNS_SERVICEBUS", "")), "RETURNS_SERVICEBUS"));
    }

    [Fact]
    public void ServiceBus_Namespace_UsesTheManagedIdentity()
    {
        var connection = AzureConnections.ServiceBus(
            Config(("RETURNS_SERVICEBUS:fullyQualifiedNamespace", "bus.servicebus.windows.net"), ("RETURNS_SERVICEBUS:credential", "managedidentity")),
            "RETURNS_SERVICEBUS");

        Assert.NotNull(connection);
        Assert.Equal("bus.servicebus.windows.net", connection.FullyQualifiedNamespace);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(connection.Credential);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
