using Microsoft.AspNetCore.Http;
using Returns.Api.Http;
using Returns.Api.Security;

namespace Returns.Api.Integrations;

/// <summary>
/// A shop platform's webhook: a base64 HMAC-SHA256 of the raw body in one header (checked before anything is parsed),
/// the topic in another; a topic other than the ones used is acknowledged and ignored so the platform stops resending.
/// </summary>
public sealed record SignedTopicWebhook(string SignatureHeader, string TopicHeader, IReadOnlyList<string> Topics)
{
    /// <summary>The payload, or the answer to give instead (401, 400, or 202 for a topic not used).</summary>
    public (T? Payload, IResult? Answer) Read<T>(HttpRequest request, RequestBody.Raw raw, string secret)
        where T : class
    {
        // An empty secret would let anyone sign: fail closed.
        if (string.IsNullOrWhiteSpace(secret) || !WebhookSignatures.VerifyBase64(secret, raw.Bytes, request.Headers[SignatureHeader]))
            return (default, Problems.Unauthorized($"The {SignatureHeader} header is missing or does not match the body."));
        var topic = request.Headers[TopicHeader].ToString().Trim();
        if (topic.Length == 0)
            return (default, Problems.BadRequest($"The {TopicHeader} header is required ({string.Join(", ", Topics)})."));
        if (!Topics.Contains(topic, StringComparer.OrdinalIgnoreCase))
            return (default, PlatformOrderSync.Ignored("topic", topic: topic, detail: $"Only {string.Join(", ", Topics)} are used."));
        var parsed = RequestBody.ParseJson<T>(request, raw.Bytes, PlatformJson.Options);
        return parsed.Error is not null ? (default, parsed.Error) : (parsed.Value, null);
    }
}
