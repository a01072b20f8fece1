using System.Text.Json;
using Azure.Data.Tables;

namespace Returns.CostProbe;

/// <summary>Reads one return's status K times, so the analysis can tell what one status read costs in storage.</summary>
internal static class StatusReads
{
    public static async Task<int> RunAsync(string storage, Uri url, int count)
    {
        var returns = new TableClient(storage, "Returns");
        string? id = null, email = null;
        await foreach (var row in returns.QueryAsync<TableEntity>(e => e.RowKey == "return", maxPerPage: 50))
        {
            if (row.GetString("Json") is not { } json)
                continue;
            email = FindEmail(JsonDocument.Parse(json).RootElement);
            if (email is null)
                continue;
            id = row.PartitionKey;
            break;
        }

        if (id is null || email is null)
        {
            Console.Error.WriteLine("reads: no stored return with an email found.");
            return 1;
        }

        using var http = new HttpClient { BaseAddress = url };
        var failed = 0;
        for (var i = 0; i < count; i++)
        {
            using var answer = await http.GetAsync($"/api/returns/{Uri.EscapeDataString(id)}?email={Uri.EscapeDataString(email)}");
            if (!answer.IsSuccessStatusCode)
                failed++;
        }

        Console.WriteLine($"reads: {count} status reads of {id}, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string? FindEmail(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String && p.Name.Contains("email", StringComparison.OrdinalIgnoreCase)
                        && p.Value.GetString() is { } s && s.Contains('@', StringComparison.Ordinal))
                        return s;
                    if (FindEmail(p.Value) is { } inner)
                        return inner;
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindEmail(item) is { } inner)
                        return inner;
                }

                return null;
            default:
                return null;
        }
    }
}
