using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Returns.Adapters.Connections;

/// <summary>
/// How the app reaches its storage account: a connection string (Azurite, or an account that allows shared keys)
/// or the account's service endpoints with a Microsoft Entra credential (a managed identity on Azure, where shared
/// keys are disabled).
/// </summary>
public sealed record StorageConnection
{
    private StorageConnection(string? connectionString, Uri? blobServiceUri, Uri? tableServiceUri, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        BlobServiceUri = blobServiceUri;
        TableServiceUri = tableServiceUri;
        Credential = credential;
    }

    public string? ConnectionString { get; }

    public Uri? BlobServiceUri { get; }

    public Uri? TableServiceUri { get; }

    public TokenCredential? Credential { get; }

    public static StorageConnection FromConnectionString(string connectionString) =>
        new(connectionString, null, null, null);

    public static StorageConnection FromEndpoints(Uri blobServiceUri, Uri tableServiceUri, TokenCredential credential) =>
        new(null, blobServiceUri, tableServiceUri, credential);

    public TableServiceClient CreateTableServiceClient() =>
        ConnectionString is not null ? SharedKeyTableClients.Create(ConnectionString) : new TableServiceClient(TableServiceUri!, Credential!);

    public BlobServiceClient CreateBlobServiceClient() =>
        ConnectionString is not null ? new BlobServiceClient(ConnectionString) : new BlobServiceClient(BlobServiceUri!, Credential!);
}
