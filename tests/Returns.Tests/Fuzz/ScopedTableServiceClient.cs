using Azure.Data.Tables;

namespace Returns.Tests.Fuzz;

/// <summary>
/// A table service whose tables all carry a prefix, so a host built on it keeps its data apart from every other
/// test sharing the Azurite, and its whole state can be listed.
/// </summary>
public sealed class ScopedTableServiceClient(string connectionString, TableClientOptions options, string prefix)
    : TableServiceClient(connectionString, options)
{
    public string Prefix => prefix;

    public override TableClient GetTableClient(string tableName) => base.GetTableClient(prefix + tableName);
}
