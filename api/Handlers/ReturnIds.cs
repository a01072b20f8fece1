using System.Security.Cryptography;

namespace Returns.Api.Handlers;

/// <summary>Return ids customers can read out on the phone: "RT-" and eight Crockford base32 characters.</summary>
public static class ReturnIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return "RT-" + new string(chars);
    }

    /// <summary>Which order lines (sku and quantity) a request names; equal requests have equal keys.</summary>
    public static string RequestKey(IEnumerable<(string Sku, int Quantity)> lines) =>
        string.Join(",", lines.OrderBy(l => l.Sku.ToUpperInvariant(), StringComparer.Ordinal).Select(l => $"{l.Sku.ToUpperInvariant()}:{l.Quantity}"));
}
