namespace Returns.CostProbe;

/// <summary>Where a storage request belongs: service, which part of the app made it, and its kind for pricing.</summary>
internal readonly record struct StorageKey(string Service, string Component, string Kind)
{
    public const string Durable = "durable backend";
    public const string App = "app data";
    public const string LocalOutbox = "local outbox (stands in for SendGrid, Service Bus)";
    public const string Setup = "create table";

    public static StorageKey Of(StorageRequest r, string hub) => r.Service switch
    {
        "Table" => Table(r, hub),
        "Queue" => new("queue", ComponentOf(Segment(r.Url), hub), QueueKind(r)),
        _ => new("blob", ComponentOf(Segment(r.Url), hub), BlobKind(r.Operation)),
    };

    /// <summary>The first path segment after the account: table (up to "(" or "?"), queue or container.</summary>
    public static string Segment(string url)
    {
        var path = new Uri(url).AbsolutePath.Trim('/');
        var parts = path.Split('/');
        var name = parts.Length > 1 ? parts[1] : "";
        var cut = name.IndexOfAny(['(', '?']);
        return cut >= 0 ? name[..cut] : name;
    }

    public static string ComponentOf(string resource, string hub)
    {
        if (resource.StartsWith(hub, StringComparison.OrdinalIgnoreCase))
            return Durable;
        if (resource == "Outbox")
            return LocalOutbox;
        return App;
    }

    private static StorageKey Table(StorageRequest r, string hub)
    {
        var resource = Segment(r.Url);
        if (r.Operation == "Table_Batch")
        {
            var table = r.BatchParts.Count > 0 ? r.BatchParts[0].Table : "$batch";
            return new("table", ComponentOf(table, hub), "batch");
        }

        if (resource == "Tables")
            return new("table", Setup, "table create/list");
        var kind = r.Operation switch
        {
            "Table_QueryEntitiesWithPartitionAndRowKey" => "point read",
            "Table_QueryEntities" or "Table_Query" => "query",
            "Table_InsertEntity" or "Table_UpdateEntity" or "Table_MergeEntity" or "Table_DeleteEntity"
                or "Table_InsertOrReplaceEntity" or "Table_InsertOrMergeEntity" => "write",
            _ => "other",
        };
        return new("table", ComponentOf(resource, hub), kind);
    }

    private static string QueueKind(StorageRequest r) => r.Operation switch
    {
        "Messages_Enqueue" => "put message",
        "Messages_Dequeue" => r.GotMessages == true ? "get messages (got some)" : "get messages (empty)",
        "MessageId_Delete" => "delete message",
        "MessageId_Update" => "update message",
        "Messages_Peek" => "peek",
        _ => "other",
    };

    private static string BlobKind(string op) => op switch
    {
        "BlockBlob_Upload" or "BlockBlob_StageBlock" or "BlockBlob_CommitBlockList" or "Blob_SetMetadata" or "Blob_SetHTTPHeaders"
            or "AppendBlob_Create" or "AppendBlob_AppendBlock" or "PageBlob_Create" => "write",
        "Blob_Download" => "read",
        "Container_Create" or "Container_ListBlobFlatSegment" or "Container_ListBlobHierarchySegment" or "Service_ListContainersSegment" => "list/create container",
        "Blob_Delete" or "Container_Delete" => "delete (free)",
        _ when op.Contains("Lease", StringComparison.Ordinal) => "lease",
        _ => "other",
    };
}
