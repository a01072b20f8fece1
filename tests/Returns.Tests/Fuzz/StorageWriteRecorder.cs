using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Sees every request the fuzz host's storage clients send and keeps the writes, each with the fuzz case whose
/// request caused it (the case id travels in an <see cref="AsyncLocal{T}"/> set by the host for each request, so
/// work a handler leaves running after it answered is still charged to its case). Creating a table or container
/// on first use is not a change of state.
/// </summary>
public sealed partial class StorageWriteRecorder(string prefix) : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<string?> Current = new();
    private readonly ConcurrentQueue<StorageWrite> _writes = new();

    /// <summary>The fuzz case the current request belongs to (null outside any request).</summary>
    public static string? CurrentCase
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    public IReadOnlyList<StorageWrite> Writes => [.. _writes];

    public IReadOnlyList<StorageWrite> WritesOf(string caseId) => [.. _writes.Where(w => w.CaseId == caseId)];

    public void Clear() => _writes.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var method = request.Method.Method;
        if (method is "GET" or "HEAD" or "OPTIONS")
            return;
        var path = request.Uri.Path;
        var query = request.Uri.Query;
        var segments = path.Trim('/').Split('/');
        // Provisioning: POST {account}/Tables (create table) and PUT {container}?restype=container.
        if (method == "POST" && segments is [_, "Tables"])
            return;
        if (method == "PUT" && query.Contains("restype=container", StringComparison.Ordinal) && !query.Contains("comp=", StringComparison.Ordinal))
            return;
        _writes.Enqueue(new StorageWrite(CurrentCase, method, Uri.UnescapeDataString(path), Keys(request, segments)));
    }

    /// <summary>The items a write touched, as "resource/key" (an entity's table and keys, a blob's container and name).</summary>
    private IReadOnlyList<string> Keys(Request request, string[] segments)
    {
        if (segments.Length < 2)
            return [];
        var resource = Uri.UnescapeDataString(segments[1]);
        if (segments.Length > 2)
            return [Unprefixed(resource) + "/" + Uri.UnescapeDataString(string.Join('/', segments[2..]))]; // a blob
        if (EntityAddress().Match(resource) is { Success: true } entity)
            return [Key(entity.Groups["table"].Value, entity.Groups["pk"].Value, entity.Groups["rk"].Value)];

        // An insert (keys in the JSON body) or a transaction batch (table names in its parts' request lines).
        var body = Body(request);
        var keys = new List<string>();
        foreach (Match m in EntityAddress().Matches(body))
            keys.Add(Key(m.Groups["table"].Value, Uri.UnescapeDataString(m.Groups["pk"].Value), Uri.UnescapeDataString(m.Groups["rk"].Value)));
        var table = resource == "$batch" ? BatchTable().Match(body) is { Success: true } t ? t.Groups["table"].Value : "$batch" : resource;
        var pks = JsonKey("PartitionKey").Matches(body);
        var rks = JsonKey("RowKey").Matches(body);
        for (var i = 0; i < Math.Min(pks.Count, rks.Count); i++)
            keys.Add(Key(table, Regex.Unescape(pks[i].Groups["v"].Value), Regex.Unescape(rks[i].Groups["v"].Value)));
        if (keys.Count == 0)
            keys.Add(Unprefixed(table) + "/*");
        return keys;
    }

    private string Key(string table, string partitionKey, string rowKey) =>
        $"{Unprefixed(table)}/{partitionKey.Replace("''", "'", StringComparison.Ordinal)}|{rowKey.Replace("''", "'", StringComparison.Ordinal)}";

    private string Unprefixed(string name) => name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    private static string Body(Request request)
    {
        if (request.Content is null)
            return "";
        using var buffer = new MemoryStream();
        request.Content.WriteTo(buffer, CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Regex JsonKey(string name) => name == "PartitionKey" ? PartitionKeyJson() : RowKeyJson();

    [GeneratedRegex(@"(?<table>[A-Za-z0-9]+)\(PartitionKey='(?<pk>(?:[^']|'')*)',RowKey='(?<rk>(?:[^']|'')*)'\)")]
    private static partial Regex EntityAddress();

    [GeneratedRegex(@"^(?:POST|PUT|MERGE|PATCH|DELETE) \S*/(?<table>[A-Za-z0-9]+)(?:\(| HTTP)", RegexOptions.Multiline)]
    private static partial Regex BatchTable();

    [GeneratedRegex(@"""PartitionKey""\s*:\s*""(?<v>(?:[^""\\]|\\.)*)""")]
    private static partial Regex PartitionKeyJson();

    [GeneratedRegex(@"""RowKey""\s*:\s*""(?<v>(?:[^""\\]|\\.)*)""")]
    private static partial Regex RowKeyJson();
}
