using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Returns.Tests.Adapters;
using Returns.Tests.Documents;

namespace Returns.Tests.Privacy;

/// <summary>
/// Reads everything the test Azurite holds — every table row (keys unescaped), every blob (name, metadata, content:
/// gzip unpacked, PDFs as the text pdftotext extracts), every queued message — and reports where any needle occurs
/// (case-insensitively). PDFs are read only when written since <c>pdfsSince</c>, as older ones cannot hold a test's
/// unique words and text extraction is slow.
/// </summary>
internal static partial class StorageScan
{
    public static async Task<IReadOnlyList<string>> FindAsync(IReadOnlyCollection<string> needles, DateTimeOffset pdfsSince, Func<string, bool>? include = null)
    {
        var connection = AzuriteStorage.ConnectionString;
        var hits = new List<string>();
        void Check(string where, string? text)
        {
            if (string.IsNullOrEmpty(text))
                return;
            if (text.Contains("\\u", StringComparison.Ordinal))
                text += " " + JsonEscape().Replace(text, m => ((char)Convert.ToInt32(m.Value[2..], 16)).ToString());
            foreach (var needle in needles)
            {
                if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    hits.Add($"{where}: \"{needle}\"");
            }
        }

        var tables = new TableServiceClient(connection);
        await foreach (var item in tables.QueryAsync())
        {
            if (include?.Invoke(item.Name) == false)
                continue;
            await foreach (var row in tables.GetTableClient(item.Name).QueryAsync<TableEntity>(maxPerPage: 1000))
            {
                var where = $"table {item.Name} [{row.PartitionKey}|{row.RowKey}]";
                Check(where, Unescape(row.PartitionKey) + " " + Unescape(row.RowKey));
                foreach (var (name, value) in row)
                    Check($"{where}.{name}", value is byte[] bytes ? Decode(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var blobs = new BlobServiceClient(connection);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            if (include?.Invoke(container.Name) == false)
                continue;
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Traits = Azure.Storage.Blobs.Models.BlobTraits.Metadata }))
            {
                var where = $"blob {container.Name}/{blob.Name}";
                Check(where, Unescape(blob.Name) + " " + string.Join(' ', blob.Metadata.Values.Select(Uri.UnescapeDataString)));
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                var isPdf = content.AsSpan().StartsWith("%PDF"u8);
                if (isPdf && blob.Properties.LastModified >= pdfsSince)
                {
                    // A PDF pdftotext cannot read (a test's fake one) is checked as the bytes it is.
                    var text = Poppler.TryText(content);
                    Check(where + (text is null ? " (unreadable pdf)" : " (pdf text)"), text ?? Decode(content));
                }
                else if (!isPdf)
                {
                    Check(where, Decode(content));
                }
            }
        }

        var queues = new QueueServiceClient(connection);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            if (include?.Invoke(queue.Name) == false)
                continue;
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
                Check($"queue {queue.Name}", Decode(message.Body.ToArray()));
        }

        return hits;
    }

    /// <summary>Text of stored bytes: gzip unpacked, base64 decoded where it is base64, as UTF-8.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var unpacked = new MemoryStream();
                gzip.CopyTo(unpacked);
                bytes = unpacked.ToArray();
            }
            catch (InvalidDataException)
            {
                // Not gzip after all: read as it is.
            }
        }

        var text = Encoding.UTF8.GetString(bytes);
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? text + " " + Decode(buffer[..written]) : text;
    }

    /// <summary>Undoes TableKeys.Escape ("~0040" is "@").</summary>
    private static string Unescape(string key) => Escaped().Replace(key, m => ((char)Convert.ToInt32(m.Value[1..], 16)).ToString());

    [GeneratedRegex("~[0-9a-f]{4}")]
    private static partial Regex Escaped();

    /// <summary>A JSON \u escape ("\u00E4" is "ä"), as stored JSON writes non-ASCII letters and "+".</summary>
    [GeneratedRegex(@"\\u[0-9A-Fa-f]{4}")]
    private static partial Regex JsonEscape();
}
