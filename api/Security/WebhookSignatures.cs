using System.Security.Cryptography;
using System.Text;

namespace Returns.Api.Security;

/// <summary>HMAC-SHA256 over the raw body, compared in constant time.</summary>
public static class WebhookSignatures
{
    public static byte[] Compute(string secret, byte[] body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);

    /// <summary>Checks "sha256=&lt;hex&gt;" (the generic carrier format).</summary>
    public static bool VerifyHexWithPrefix(string secret, byte[] body, string? header) => VerifyHex(secret, body, header, "sha256=");

    /// <summary>
    /// Checks EasyPost's "hmac-sha256-hex=&lt;hex&gt;". EasyPost's own client libraries key the HMAC with the
    /// NFKD-normalised secret, so a secret with accents or full-width characters verifies as EasyPost signed it.
    /// </summary>
    public static bool VerifyEasyPost(string secret, byte[] body, string? header) =>
        VerifyHex(secret.Normalize(NormalizationForm.FormKD), body, header, "hmac-sha256-hex=");

    private static bool VerifyHex(string secret, byte[] body, string? header, string prefix)
    {
        if (header is null || !header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Compute(secret, body));
    }

    /// <summary>Checks a base64 HMAC (Shopify and AfterShip send this form).</summary>
    public static bool VerifyBase64(string secret, byte[] body, string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return false;
        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(header.Trim(), buffer, out var written))
            return false;
        return CryptographicOperations.FixedTimeEquals(buffer.AsSpan(0, written), Compute(secret, body));
    }
}
