using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Http;

/// <summary>Reads request bodies with a size limit and turns every malformed body into a clear 4xx.</summary>
public static class RequestBody
{
    public const int MaxBytes = 1024 * 1024;

    public sealed record Raw(byte[] Bytes, IResult? Error)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    public sealed record Parsed<T>(T? Value, IResult? Error);

    public static async Task<Raw> ReadRawAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
            return new Raw([], TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                    return new Raw([], TooLarge());
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // The server's own limit (a chunked body has no Content-Length to refuse up front) or a malformed body.
            return new Raw([], e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge()
                : Problems.BadRequest("The request body could not be read."));
        }

        return new Raw(buffer.ToArray(), null);
    }

    private static IResult UnsupportedMediaType() => Problems.UnsupportedMediaType("Send the body as application/json (UTF-8).");

    private static IResult TooLarge() => Problems.PayloadTooLarge($"The body is larger than {MaxBytes} bytes.");

    /// <summary>
    /// A JSON media type in UTF-8: application/json, text/json or a +json type (application/problem+json, ...), with
    /// no charset or a UTF-8 one. No Content-Type at all is taken as JSON. Anything else is refused with 415.
    /// </summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
            return false;
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset.Value?.Trim('"');
        return json && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<Parsed<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        // A body that is not JSON is refused before it is read.
        if (!IsJson(request.ContentType))
            return new Parsed<T>(null, UnsupportedMediaType());
        var raw = await ReadRawAsync(request, cancellationToken);
        return raw.Error is not null ? new Parsed<T>(null, raw.Error) : ParseJson<T>(request, raw.Bytes);
    }

    /// <summary>As <see cref="ReadJsonAsync{T}"/>, with the errors in the customer's language (portal routes).</summary>
    public static async Task<Parsed<T>> ReadJsonAsync<T>(HttpRequest request, CustomerLocale locale, CancellationToken cancellationToken)
        where T : class
    {
        var parsed = await ReadJsonAsync<T>(request, cancellationToken);
        if (parsed.Error is not IStatusCodeHttpResult { StatusCode: { } status })
            return parsed;
        var code = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "bodyTooLarge",
            StatusCodes.Status415UnsupportedMediaType => "unsupportedMediaType",
            _ => "invalidJson",
        };
        return new Parsed<T>(null, Problems.ForCustomer(status, locale, code));
    }

    public static Parsed<T> ParseJson<T>(HttpRequest request, byte[] body)
        where T : class => ParseJson<T>(request, body, ApiJson.Options);

    /// <summary>As <see cref="ParseJson{T}(HttpRequest, byte[])"/> with other JSON conventions (a platform's snake_case webhooks).</summary>
    public static Parsed<T> ParseJson<T>(HttpRequest request, byte[] body, JsonSerializerOptions options)
        where T : class
    {
        if (!IsJson(request.ContentType))
            return new Parsed<T>(null, UnsupportedMediaType());
        if (body.Length == 0)
            return new Parsed<T>(null, Problems.BadRequest("The request body is empty; a JSON object is expected."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(body, options);
            return value is null
                ? new Parsed<T>(null, Problems.BadRequest("The request body must be a JSON object."))
                : new Parsed<T>(value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $" at {path}" : "";
            return new Parsed<T>(null, Problems.BadRequest($"The request body is not valid JSON for this route{where}."));
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or InvalidOperationException)
        {
            return new Parsed<T>(null, Problems.BadRequest("The request body is not valid UTF-8 JSON."));
        }
    }
}
