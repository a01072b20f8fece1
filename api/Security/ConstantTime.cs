using System.Security.Cryptography;
using System.Text;

namespace Returns.Api.Security;

public static class ConstantTime
{
    /// <summary>Compares two secrets without leaking, through timing, how much of them matched.</summary>
    public static bool Equals(string? a, string? b)
    {
        if (a is null || b is null)
            return false;
        // Hashing first makes the comparison length-independent too.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
    }
}
