using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Returns.Orchestrations.Notifications;

/// <summary>
/// Signs and checks email-link tokens: base64url(JSON claims) "." base64url(HMAC-SHA256). The check is
/// constant-time, so a forger learns nothing from timing.
/// </summary>
public sealed class LinkTokenSigner(byte[] key)
{
    private sealed record Claims(string R, string P, long E);

    public string Sign(LinkToken token)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(
            new Claims(token.ReturnId, token.Purpose, token.ExpiresAt.ToUnixTimeSeconds())));
        return payload + "." + Base64Url.EncodeToString(Mac(payload));
    }

    public LinkTokenCheck Verify(string? token, string purpose, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
            return LinkTokenCheck.Invalid;
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1)
            return LinkTokenCheck.Invalid;

        var payload = token[..dot];
        byte[] signature;
        Claims? claims;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, Mac(payload)))
                return LinkTokenCheck.Invalid;
            claims = JsonSerializer.Deserialize<Claims>(Base64Url.DecodeFromChars(payload));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return LinkTokenCheck.Invalid;
        }

        if (claims is null || claims.P != purpose)
            return LinkTokenCheck.Invalid;
        var parsed = new LinkToken(claims.R, claims.P, DateTimeOffset.FromUnixTimeSeconds(claims.E));
        return now > parsed.ExpiresAt ? LinkTokenCheck.ExpiredFor(parsed) : LinkTokenCheck.ValidFor(parsed);
    }

    private byte[] Mac(string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));
}
