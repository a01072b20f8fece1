using System.Security.Cryptography;
using System.Text;
using Returns.Orchestrations.Privacy;

namespace Returns.Api.Security;

/// <summary>
/// Email comparison for guest access: case- and space-insensitive, constant-time. An erased customer's pseudonym
/// matches nothing, so nobody can open an erased order or return by typing it.
/// </summary>
public static class EmailMatch
{
    private static readonly byte[] Nobody = Hash("nobody@invalid.invalid");

    public static bool Matches(string? given, string? stored)
    {
        var usable = stored is not null && !CustomerKey.IsPseudonymEmail(stored);
        return CryptographicOperations.FixedTimeEquals(Hash(given ?? ""), usable ? Hash(stored!) : Nobody) && usable;
    }

    private static byte[] Hash(string email) => SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
}
