using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Returns.Adapters.Webhooks;

/// <summary>
/// The signature of outbound webhooks: X-Returns-Signature is "sha256=" + hex HMAC-SHA256(secret, timestamp + "." + body),
/// X-Returns-Timestamp the unix seconds it was signed at. Signing the timestamp lets receivers refuse old requests, so a
/// captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "X-Returns-Event-Id";
    public const string TimestampHeader = "X-Returns-Timestamp";
    public const string SignatureHeader = "X-Returns-Signature";
    public const string Prefix = "sha256=";

    public static string Sign(byte[] secret, long timestamp, string body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(secret,
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));

    /// <summary>What a receiver does: recompute, compare in constant time, and refuse a timestamp outside the tolerance.</summary>
    public static bool Verify(byte[] secret, string timestamp, string body, string signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds)
            return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, seconds, body)), Encoding.ASCII.GetBytes(signature));
    }
}
