using System.Security.Cryptography;
using System.Text;

namespace Returns.Api.Security;

/// <summary>Email comparison for guest access: case- and space-insensitive, constant-time.</summary>
public static class EmailMatch
{
    private static readonly byte[] Nobody = Hash("nobody@invalid.invalid");

    public static bool Matches(string? given, string? stored) =>
        CryptographicOperations.FixedTimeEquals(Hash(given ?? ""), stored is null ? Nobody : Hash(stored));

    private static byte[] Hash(string email) => SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
}
