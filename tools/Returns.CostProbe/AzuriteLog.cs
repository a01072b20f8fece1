using System.Globalization;
using System.Text.RegularExpressions;

namespace Returns.CostProbe;

/// <summary>One request Azurite served, as its debug log tells it.</summary>
internal sealed class StorageRequest
{
    public required string Id { get; init; }
    public DateTime Time { get; set; }
    public string Service { get; set; } = "?";
    public string Method { get; set; } = "?";
    public string Url { get; set; } = "";
    public string Operation { get; set; } = "?";
    public int Status { get; set; }
    /// <summary>For a Get Messages: whether the answer held a message.</summary>
    public bool? GotMessages { get; set; }
    /// <summary>For an entity group transaction: the (method, table) of each operation in it.</summary>
    public List<(string Method, string Table)> BatchParts { get; } = [];
}

/// <summary>Reads Azurite's --debug log (one line per step of a request, each with the request's id).</summary>
internal static partial class AzuriteLog
{
    [GeneratedRegex(@"^(\S+) (\S+) (\w+): (.*)$")]
    private static partial Regex Line();

    [GeneratedRegex(@"^(Blob|Queue|Table)StorageContextMiddleware: RequestMethod=(\S+) RequestURL=(\S+)")]
    private static partial Regex Start();

    [GeneratedRegex(@"^DispatchMiddleware: Operation=(\S+)")]
    private static partial Regex Dispatch();

    [GeneratedRegex(@"^EndMiddleware: End response\. TotalTimeInMS=\S+ StatusCode=(\d+)")]
    private static partial Regex End();

    // Inside a batch body the operations are "\r\nMETHOD http://host/account/Table(...)" request lines.
    [GeneratedRegex(@"(GET|PUT|POST|MERGE|PATCH|DELETE) https?://[^/\s]+/[^/\s]+/([A-Za-z0-9]+)")]
    private static partial Regex BatchPart();

    public static List<StorageRequest> Read(string path)
    {
        var byId = new Dictionary<string, StorageRequest>(StringComparer.Ordinal);
        var done = new List<StorageRequest>();
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var m = Line().Match(line);
            if (!m.Success || m.Groups[2].Value.Length < 30)
                continue;
            var id = m.Groups[2].Value;
            var text = m.Groups[4].Value;
            if (Start().Match(text) is { Success: true } s)
            {
                byId[id] = new StorageRequest
                {
                    Id = id,
                    Time = DateTime.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    Service = s.Groups[1].Value,
                    Method = s.Groups[2].Value,
                    Url = s.Groups[3].Value,
                };
                continue;
            }

            if (!byId.TryGetValue(id, out var r))
                continue;
            if (Dispatch().Match(text) is { Success: true } d)
                r.Operation = d.Groups[1].Value;
            else if (text.StartsWith("Serializer: Raw response body string is ", StringComparison.Ordinal) && r.Operation == "Messages_Dequeue")
                r.GotMessages = text.Contains("<QueueMessage>", StringComparison.Ordinal);
            else if (text.StartsWith("TableHandler:batch() Raw request string is ", StringComparison.Ordinal))
            {
                foreach (Match p in BatchPart().Matches(text))
                    r.BatchParts.Add((p.Groups[1].Value, p.Groups[2].Value));
            }
            else if (End().Match(text) is { Success: true } e)
            {
                r.Status = int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture);
                done.Add(r);
                byId.Remove(id);
            }
        }

        return done;
    }
}
