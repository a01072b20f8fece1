using System.Net;
using System.Text.Json;
using Returns.Adapters.Carriers.EasyPost.Api;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>Turns a failed HTTP answer into an exception: 429 and 5xx are transient, every other status permanent.</summary>
public static class EasyPostErrors
{
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static async Task<EasyPostException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = Parse(text);
        var status = response.StatusCode;
        var code = error?.Code ?? $"HTTP.{(int)status}";
        var reason = MessageOf(error) ?? (string.IsNullOrWhiteSpace(text) ? response.ReasonPhrase ?? status.ToString() : Shorten(text));
        if (!IsTransient(status))
            return new EasyPostException(code, reason, status, FieldErrorsOf(error));

        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } at ? at - DateTimeOffset.UtcNow : null)
            : null;
        return new EasyPostTransientException(code, reason, status, retryAfter);
    }

    private static EasyPostErrorBody? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<EasyPostErrorEnvelope>(text, EasyPostJson.Options)?.Error;
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML page or an empty 503: the status alone decides
        }
    }

    private static string? MessageOf(EasyPostErrorBody? error) => error?.Message switch
    {
        { ValueKind: JsonValueKind.String } m => m.GetString(),
        { ValueKind: JsonValueKind.Array } m => string.Join(", ", m.EnumerateArray().Select(e => e.ToString())),
        _ => null,
    };

    private static IReadOnlyList<string> FieldErrorsOf(EasyPostErrorBody? error) =>
        error?.Errors is { ValueKind: JsonValueKind.Array } errors
            ? [.. errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? FieldError(e) : e.ToString())]
            : [];

    private static string FieldError(JsonElement e)
    {
        var field = e.TryGetProperty("field", out var f) ? f.ToString() : "";
        var message = e.TryGetProperty("message", out var m) ? m.ToString() : e.ToString();
        return field.Length > 0 ? $"{field}: {message}" : message;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
