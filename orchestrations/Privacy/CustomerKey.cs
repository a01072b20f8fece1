using System.Security.Cryptography;
using System.Text;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// Who an erasure request is about, without the address itself: <see cref="Hash"/> recognises a repeated request, and
/// <see cref="Pseudonym"/> replaces the customer's name and email on the records that are kept. Both are HMAC-SHA256
/// of the trimmed, lower-cased address keyed with the deployment's erasure salt, so the same address always gives the
/// same values and a list of addresses cannot be tried against them without the salt.
/// </summary>
/// <param name="Hash">Hex HMAC of the address: the key of the audit record.</param>
/// <param name="Pseudonym">12 hex digits from a second HMAC, printed on retained records ("Erased customer 3f9a…").</param>
public sealed record CustomerKey(string Hash, string Pseudonym)
{
    /// <summary>The reserved top-level domain (RFC 2606) of pseudonymous addresses, so nothing is ever sent to one.</summary>
    public const string PseudonymDomain = "erased.invalid";

    private const string PseudonymLabel = "pseudonym\n";

    /// <summary>The audit record's id, shown to the merchant and in logs ("ER-" and the first 16 hex digits of the hash).</summary>
    public string ErasureId => "ER-" + Hash[..16];

    /// <summary>The address on kept records: "erased-{pseudonym}@erased.invalid".</summary>
    public string PseudonymEmail => $"erased-{Pseudonym}@{PseudonymDomain}";

    /// <summary>The name on kept records and re-issued documents.</summary>
    public string PseudonymName => "Erased customer " + Pseudonym;

    /// <summary>How addresses compare everywhere: trimmed and case-insensitive.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static CustomerKey For(string email, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(salt);
        var normalized = Normalize(email);
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normalized)));
        var pseudonym = Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(PseudonymLabel + normalized)))[..12];
        return new CustomerKey(hash, pseudonym);
    }

    /// <summary>True for an address an erasure put in place of the customer's.</summary>
    public static bool IsPseudonymEmail(string? email) =>
        email is not null && email.Trim().EndsWith("@" + PseudonymDomain, StringComparison.OrdinalIgnoreCase);
}
