using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Returns.Tools;

/// <summary>
/// What the load generator and the lifecycle bench send the local host alike: the demo order, confirmation tokens signed
/// as the host signs the link in its email, and the carrier webhook signature. Linked into both tools.
/// </summary>
internal static class HostRequests
{
    /// <summary>A delivered DDP order of one black tee from Taiwan to Berlin, for POST /api/orders.</summary>
    public static JsonObject Order(string orderNumber, string email, string customerName)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["orderNumber"] = orderNumber,
            ["email"] = email,
            ["customerName"] = customerName,
            ["locale"] = "de-DE",
            ["currency"] = "EUR",
            ["placedAt"] = now.AddDays(-9).ToString("O"),
            ["deliveredAt"] = now.AddDays(-3).ToString("O"),
            ["incoterm"] = "DDP",
            ["shipFrom"] = new JsonObject { ["country"] = "TW", ["name"] = "Formosa Threads Returns", ["city"] = "Taipei", ["postalCode"] = "100", ["line1"] = "No. 1, Sec. 1, Zhongshan S. Rd." },
            ["shipTo"] = new JsonObject { ["name"] = customerName, ["country"] = "DE", ["city"] = "Berlin", ["postalCode"] = "10115", ["line1"] = "Invalidenstrasse 12" },
            ["lines"] = new JsonArray
            {
                new JsonObject
                {
                    ["sku"] = "TEE-BLK-M", ["name"] = "Tee black M", ["quantity"] = 1, ["unitPrice"] = 2500, ["hsCode"] = "610910",
                    ["originCountry"] = "TW", ["category"] = "apparel", ["weightGrams"] = 200, ["tags"] = new JsonArray(),
                },
            },
        };
    }

    /// <summary>The path and query of a return's confirmation link, valid for a day.</summary>
    public static string ConfirmationPath(byte[] linkKey, string returnId)
    {
        var claims = JsonSerializer.SerializeToUtf8Bytes(new { R = returnId, P = "confirm", E = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds() });
        var payload = Base64Url.EncodeToString(claims);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(linkKey, Encoding.ASCII.GetBytes(payload)));
        return $"/api/returns/confirm?token={payload}.{signature}";
    }

    /// <summary>As the host reads RETURNS_LINK_SIGNING_KEY: base64 of 32 bytes or more as bytes, anything else as UTF-8 text.</summary>
    public static byte[] LinkKeyBytes(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written >= 32 ? buffer[..written] : Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The X-Returns-Signature of a generic carrier webhook body.</summary>
    public static string CarrierSignature(byte[] secret, byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body));
}
