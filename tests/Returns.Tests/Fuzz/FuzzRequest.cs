using System.Text;
using Returns.Api.Http;

namespace Returns.Tests.Fuzz;

/// <summary>
/// One request the fuzzer sends, built from a route's valid sample and then mutated: path values, query, headers,
/// content type and body are all open to change. A signed route re-signs the final body unless a mutation broke the
/// signature on purpose, so the parser behind the signature check is reached.
/// </summary>
public sealed class FuzzRequest(ApiRoutes.Route route)
{
    public ApiRoutes.Route Route { get; } = route;

    public string Method { get; set; } = route.Method;

    /// <summary>The values of the template's {placeholders}, in order, as the handler should see them.</summary>
    public List<string> PathValues { get; } = [];

    /// <summary>When set, path values are put into the URL as they are instead of escaped.</summary>
    public bool RawPath { get; set; }

    public List<KeyValuePair<string, string>> Query { get; } = [];

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    /// <summary>A JSON body (open to JSON mutations) rather than a form or nothing.</summary>
    public bool JsonBody { get; set; }

    /// <summary>Sent with Transfer-Encoding: chunked and no Content-Length.</summary>
    public bool Chunked { get; set; }

    /// <summary>The signature header and how to compute it over a body; null for unsigned routes.</summary>
    public FuzzSigner? Signer { get; set; }

    /// <summary>False once a mutation chose the signature header itself (missing, wrong, stale).</summary>
    public bool SignBody { get; set; } = true;

    /// <summary>What was done to the sample, for the report of a failing case.</summary>
    public List<string> Mutations { get; } = [];

    /// <summary>Bodies longer than the limit (413 expected).</summary>
    public bool Oversize => Body is { } body && body.Length > RequestLimits.MaxBytesFor(Route.Name);

    public string PathAndQuery()
    {
        var path = new StringBuilder();
        var values = 0;
        foreach (var segment in Route.Template.Split('/'))
        {
            path.Append('/');
            if (segment.StartsWith('{'))
            {
                var value = values < PathValues.Count ? PathValues[values] : "";
                values++;
                path.Append(RawPath ? value : Uri.EscapeDataString(value));
            }
            else
            {
                path.Append(segment);
            }
        }

        if (Query.Count > 0)
            path.Append('?').AppendJoin('&', Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
        return path.ToString();
    }

    public HttpRequestMessage ToMessage(string caseId)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(PathAndQuery(), UriKind.Relative));
        if (Signer is not null && SignBody)
            Headers[Signer.Header] = Signer.Sign(Body ?? []);
        foreach (var (name, value) in Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        message.Headers.TryAddWithoutValidation(FuzzHost.CaseHeader, caseId);
        // A fresh connection each time: the server closes one whose body it would not read to the end, and a pooled
        // connection it is closing would fail the next case for no fault of that case.
        message.Headers.ConnectionClose = true;
        // As careful clients send a large body: the server refuses it (413) before a byte of it is sent, and the
        // client reads that answer instead of losing it to a connection closed under its upload.
        if (Oversize && !Chunked)
            message.Headers.ExpectContinue = true;
        if (Body is not null)
        {
            message.Content = Chunked ? new ChunkedContent(Body) : new ByteArrayContent(Body);
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return message;
    }

    public string Describe() =>
        $"{Method} {Truncate(PathAndQuery(), 300)} content-type={ContentType ?? "(none)"} body={Body?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} bytes" +
        $"{(Chunked ? " chunked" : "")}; mutations: {string.Join("; ", Mutations)}";

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>A body without a known length, so the client sends it chunked.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
