using System.Security.Cryptography;
using System.Text;

namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// Redeemable store-credit codes, derived from the grant id: "SC-" and four groups of four characters of an alphabet
/// without look-alikes (no 0/O, no 1/I), e.g. "SC-7KQ2-M9XH-3ZPD-RT4W": 80 bits of a SHA-256 of the grant id.
/// </summary>
/// <remarks>
/// Unkeyed, anyone who knows a grant id (it holds the return id, printed on labels and in emails) can work the code
/// out. Give a secret key to make codes an HMAC-SHA256 of the grant id instead; codes already issued are stored with
/// their entry and keep working when the key changes.
/// </remarks>
public sealed class StoreCreditCodes
{
    /// <summary>Thirty-two characters that cannot be mistaken for each other when read out or typed.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const string Prefix = "SC-";

    private const int Groups = 4;
    private const int GroupLength = 4;

    private readonly byte[]? _key;

    private StoreCreditCodes(byte[]? key) => _key = key;

    /// <summary>Codes from a plain SHA-256 of the grant id.</summary>
    public static StoreCreditCodes Unkeyed { get; } = new(null);

    /// <summary>Codes from an HMAC-SHA256 of the grant id with a secret of at least 16 bytes.</summary>
    public static StoreCreditCodes Keyed(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
            throw new ArgumentException("A store-credit code key has at least 16 bytes.", nameof(key));
        return new StoreCreditCodes(key.ToArray());
    }

    /// <summary>The code of a grant; the same grant id always gives the same code.</summary>
    public string For(string grantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grantId);
        var input = Encoding.UTF8.GetBytes(grantId);
        var hash = _key is null ? SHA256.HashData(input) : HMACSHA256.HashData(_key, input);
        var code = new StringBuilder(Prefix, Prefix.Length + (Groups * (GroupLength + 1)));
        for (var i = 0; i < Groups * GroupLength; i++)
        {
            if (i > 0 && i % GroupLength == 0)
                code.Append('-');
            code.Append(Alphabet[FiveBits(hash, i * 5)]);
        }

        return code.ToString();
    }

    /// <summary>
    /// A code as a customer typed it ("sc 7kq2m9xh3zpdrt4w", with or without dashes and prefix) in its printed
    /// form, or null when it cannot be one.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        var text = new string(chars);
        if (text.StartsWith("SC", StringComparison.Ordinal) && text.Length == 2 + (Groups * GroupLength))
            text = text[2..];
        if (text.Length != Groups * GroupLength || text.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
            return null;
        return Prefix + string.Join('-', text.Chunk(GroupLength).Select(g => new string(g)));
    }

    private static int FiveBits(byte[] hash, int bit)
    {
        var value = 0;
        for (var b = bit; b < bit + 5; b++)
            value = (value << 1) | ((hash[b / 8] >> (7 - (b % 8))) & 1);
        return value;
    }
}
