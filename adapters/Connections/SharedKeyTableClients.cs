using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage;
using Azure.Storage.Sas;

namespace Returns.Adapters.Connections;

/// <summary>
/// Table service clients for a storage connection string. With an account key (Azurite, or an account that allows
/// shared keys) requests carry an account SAS made from the key and renewed by <see cref="SasRenewalPolicy"/>, instead
/// of the SDK's shared-key signing: that creates an HMACSHA256 object per request and never disposes it, and on Linux
/// finalizing their native handles cost a quarter of the local host's CPU under load. Any other string (a SAS) is left
/// to the SDK.
/// </summary>
public static class SharedKeyTableClients
{
    /// <summary>How long one SAS is valid; it is replaced after half of that.</summary>
    public static readonly TimeSpan SasLifetime = TimeSpan.FromHours(12);

    /// <summary>The account key of "UseDevelopmentStorage=true": Azurite's well-known devstoreaccount1 key.</summary>
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TableServiceClient Create(string connectionString, TableClientOptions? options = null, TimeProvider? clock = null)
    {
        options ??= new TableClientOptions();
        var key = AccountKey(connectionString);
        if (key is null)
            return new TableServiceClient(connectionString, options);

        // The SDK reads the endpoint and the account name from the string exactly as it would for its own signing.
        var parsed = new TableServiceClient(connectionString);
        var shared = new StorageSharedKeyCredential(parsed.AccountName, key);
        clock ??= TimeProvider.System;
        string Issue(DateTimeOffset now) => AccountSas(shared, now);
        var credential = new AzureSasCredential(Issue(clock.GetUtcNow()));
        options.AddPolicy(new SasRenewalPolicy(credential, Issue, SasLifetime, clock), HttpPipelinePosition.PerCall);
        return new TableServiceClient(parsed.Uri, credential, options);
    }

    /// <summary>An account SAS for the table service, signed with the one-shot HMAC of <see cref="StorageSharedKeyCredential"/>.</summary>
    public static string AccountSas(StorageSharedKeyCredential key, DateTimeOffset now)
    {
        var builder = new AccountSasBuilder(
            AccountSasPermissions.Read | AccountSasPermissions.Write | AccountSasPermissions.Delete | AccountSasPermissions.List |
            AccountSasPermissions.Add | AccountSasPermissions.Create | AccountSasPermissions.Update | AccountSasPermissions.Process,
            now + SasLifetime,
            AccountSasServices.Tables,
            AccountSasResourceTypes.Service | AccountSasResourceTypes.Container | AccountSasResourceTypes.Object)
        {
            // A little slack for clocks that differ between this process and the storage service.
            StartsOn = now.AddMinutes(-15),
            Protocol = SasProtocol.HttpsAndHttp,
        };
        return builder.ToSasQueryParameters(key).ToString();
    }

    /// <summary>The account key of a connection string (the well-known one for development storage); null when it has none.</summary>
    public static string? AccountKey(string connectionString)
    {
        var key = Setting(connectionString, "AccountKey");
        if (key is null && string.Equals(Setting(connectionString, "UseDevelopmentStorage"), "true", StringComparison.OrdinalIgnoreCase))
            key = DevelopmentKey;
        return key is not null && Convert.TryFromBase64String(key, new byte[key.Length], out _) ? key : null;
    }

    private static string? Setting(string connectionString, string name)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && string.Equals(pair[0], name, StringComparison.OrdinalIgnoreCase))
                return pair[1];
        }

        return null;
    }
}
