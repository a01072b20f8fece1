using System.Diagnostics;
using Returns.Tests.Browser;

namespace Returns.Tests.Hosting;

/// <summary>
/// scripts/azurite-patch.js, which stops Azurite's queue store from re-sorting and scanning every message on every queue
/// operation and its table store from running a partition's query over every row (the one-machine host stalls at a
/// thousand returns in flight without it), on copies of the code it patches.
/// </summary>
public sealed class AzuritePatchTests : IDisposable
{
    private const string QueueStore = "node_modules/azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js";
    private const string TableStore = "node_modules/azurite/dist/src/table/persistence/LokiTableMetadataStore.js";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("azurite-patch-");

    /// <summary>The places as Azurite 3.37 has them, inside some surrounding code.</summary>
    private const string OriginalQueueStore = """
            async getQueueMessageCount(account, queue) {
                const query = { accountName: account, queueName: queue };
            }
            async getMessages(account, queue) {
                const query = {
                    accountName: account,
                    queueName: queue,
                    timeNextVisible: { $lte: queryTime }
                };
                const docs = coll
                    .limit(numOfMessages)
                    .data();
                coll.update(docs);
                return res;
            }
            async peekMessages(account, queue) {
                const query = {
                    accountName: account,
                    queueName: queue,
                    timeNextVisible: { $lte: queryTime }
                };
            }
            async clearExpiredMessages(account, queue, context) {
                const query = {
                    accountName: account,
                    queueName: queue,
                    expirationTime: { $lte: queryTime }
                };
                const docs = coll
                    .chain()
                    .find(query)
                    .data();
                coll.remove(docs);
            }
        """;

    private const string OriginalTableStore = """
            async insertTableEntity(context, table, account, entity, batchId) {
                const doc = tableEntityCollection.findOne({
                    RowKey: entity.RowKey,
                    PartitionKey: entity.PartitionKey
                });
            }
            async deleteTableEntity(context, table, account, partitionKey, rowKey, etag, batchId) {
                if (partitionKey !== undefined && rowKey !== undefined) {
                    const doc = tableEntityCollection.findOne({
                        RowKey: rowKey,
                        PartitionKey: partitionKey
                    });
                }
            }
            async queryTableEntities(context, account, table, queryOptions, nextPartitionKey, nextRowKey) {
                const result = tableEntityCollection
                    .chain()
                    .where(queryWhere)
                    .where((data) => true)
                    .data();
            }
            async queryTableEntitiesWithPartitionAndRowKey(context, table, account, partitionKey, rowKey, batchId) {
                const requestedDoc = entityCollection.findOne({
                    RowKey: rowKey,
                    PartitionKey: partitionKey
                });
            }
            async updateInsertOrReplace(entity) {
                const doc = tableEntityCollection.findOne({
                    RowKey: entity.RowKey,
                    PartitionKey: entity.PartitionKey
                });
            }
            async updateInsertOrMerge(entity) {
                const doc = tableEntityCollection.findOne({
                    RowKey: entity.RowKey,
                    PartitionKey: entity.PartitionKey
                });
            }
            rollbackEntityChanges(tableBatchCollection) {
                    const doc = tableBatchCollection.findOne({
                        RowKey: entity.RowKey,
                        PartitionKey: entity.PartitionKey
                    });
            }
        """;

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Patch_TheKnownQueueStore_SkipsEmptyRemovalsUpdatesOneByOneAndFindsByQueue_AndIsIdempotent()
    {
        var file = Write(QueueStore, Lf(OriginalQueueStore));

        var (code, error) = Run();
        var patched = File.ReadAllText(file);
        var (again, _) = Run();

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("if (docs.length > 0) {\n            coll.remove(docs);\n        }", patched, StringComparison.Ordinal);
        Assert.Contains("for (const doc of docs) {\n            coll.update(doc);\n        }", patched, StringComparison.Ordinal);
        Assert.DoesNotContain("coll.update(docs)", patched, StringComparison.Ordinal);
        // The queue's name (indexed, one queue's messages) comes first; the account (shared by all) after it.
        Assert.Equal(3, Count(patched, "    queueName: queue,\n            accountName: account,\n"));
        Assert.Contains("{ queueName: queue, accountName: account }", patched, StringComparison.Ordinal);
        Assert.DoesNotContain("accountName: account,\n            queueName", patched, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Equal(patched, File.ReadAllText(file));
    }

    [Fact]
    public void Patch_AQueueStoreOfTheFirstVersion_GetsTheQueueOrderToo()
    {
        var first = Lf(OriginalQueueStore)
            .Replace("        coll.update(docs);\n", "        /* returns: indexes kept sorted */\n        for (const doc of docs) {\n            coll.update(doc);\n        }\n", StringComparison.Ordinal)
            .Replace("        coll.remove(docs);\n", "        if (docs.length > 0) {\n            coll.remove(docs);\n        }\n", StringComparison.Ordinal);
        var fromFirst = Write(QueueStore, first);
        Assert.Equal((0, ""), Run());
        var upgraded = File.ReadAllText(fromFirst);

        var fromOriginal = Write(QueueStore, Lf(OriginalQueueStore));
        Assert.Equal((0, ""), Run());

        Assert.Equal(File.ReadAllText(fromOriginal), upgraded);
    }

    [Fact]
    public void Patch_TheKnownTableStore_FindsThroughTheIndexes_AndIsIdempotent()
    {
        var file = Write(TableStore, Lf(OriginalTableStore));

        var (code, error) = Run();
        var patched = File.ReadAllText(file);
        var (again, _) = Run();

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("const result = returnsScopeToPartition(tableEntityCollection.chain(), queryOptions.filter)\n            .where(queryWhere)", patched, StringComparison.Ordinal);
        Assert.DoesNotContain("findOne({", patched.Split("/* returns:")[0], StringComparison.Ordinal);
        Assert.Equal(3, Count(patched, "const doc = returnsFindEntity(tableEntityCollection, entity.PartitionKey, entity.RowKey);"));
        Assert.Contains("const doc = returnsFindEntity(tableEntityCollection, partitionKey, rowKey);", patched, StringComparison.Ordinal);
        Assert.Contains("const requestedDoc = returnsFindEntity(entityCollection, partitionKey, rowKey);", patched, StringComparison.Ordinal);
        Assert.Contains("const doc = returnsFindEntity(tableBatchCollection, entity.PartitionKey, entity.RowKey);", patched, StringComparison.Ordinal);
        Assert.Equal(1, Count(patched, "function returnsScopeToPartition(chain, filter)"));
        Assert.Equal(1, Count(patched, "function returnsFindEntity(coll, partitionKey, rowKey)"));
        Assert.Equal(0, again);
        Assert.Equal(patched, File.ReadAllText(file));
    }

    [Fact]
    public void Patch_CodeItDoesNotKnow_LeftAsItIsWithANote()
    {
        var other = "async clearExpiredMessages() { this.store.sweep(); }\n";
        var queue = Write(QueueStore, other);
        var table = Write(TableStore, other);

        var (code, error) = Run();

        Assert.Equal(0, code); // Azurite still starts, just unpatched
        Assert.Equal(other, File.ReadAllText(queue));
        Assert.Equal(other, File.ReadAllText(table));
        Assert.Equal(2, Count(error, "left unpatched"));
    }

    [Fact]
    public void Patch_AzuriteNotInstalled_DoesNothing()
    {
        var (code, error) = Run();

        Assert.Equal((0, ""), (code, error));
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "node_modules")));
    }

    [Fact]
    public void TheAzuriteOfThisRepository_IsPatched()
    {
        // ./test.sh and ./run.sh patch it when they start Azurite (scripts/azurite.sh).
        var queue = Path.Combine(RepositoryRoot.Path, QueueStore);
        Assert.True(File.Exists(queue), "Azurite is not installed: run npm ci (./test.sh does).");
        Assert.Contains("returns: indexes kept sorted, queue first", File.ReadAllText(queue), StringComparison.Ordinal);
        Assert.Contains("returns: table finds by index", File.ReadAllText(Path.Combine(RepositoryRoot.Path, TableStore)), StringComparison.Ordinal);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private string Write(string store, string content)
    {
        var file = Path.Combine(_root.FullName, store);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    private (int Code, string Error) Run()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "azurite-patch.js"));
        start.ArgumentList.Add(_root.FullName);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "node did not finish");
        return (process.ExitCode, error.Result.Trim());
    }
}
