using Microsoft.AspNetCore.Http;

namespace Returns.Api.Handlers;

/// <summary>GET /api/openapi.json: the whole HTTP contract as an OpenAPI 3 document.</summary>
public static class OpenApiHandlers
{
    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = typeof(OpenApiHandlers).Assembly.GetManifestResourceStream("Returns.Api.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Get() => Results.Bytes(Document.Value, "application/json");
}
