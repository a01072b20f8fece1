namespace Returns.Tests.Security;

/// <summary>One way of calling a merchant route without the right admin key.</summary>
/// <param name="Name">What is wrong, for the failure message.</param>
/// <param name="ApiKey">The x-api-key header to send, or null for none.</param>
/// <param name="Authorization">An Authorization header to send instead, or null.</param>
/// <param name="Query">A query string parameter to send instead ("name=value"), or null.</param>
public sealed record KeyAttempt(string Name, string? ApiKey, string? Authorization = null, string? Query = null)
{
    /// <summary>
    /// Every wrong key the matrix tries against <paramref name="rightKey"/>. (Spaces around the key are not among them:
    /// HTTP strips them from header values before the app sees the header.)
    /// </summary>
    public static IReadOnlyList<KeyAttempt> WrongFor(string rightKey)
    {
        var last = rightKey[^1];
        var attempts = new List<KeyAttempt>
        {
            new("no key", null),
            new("an empty key", ""),
            new("a wrong key", "not-the-admin-key"),
            new("the key with one character more", rightKey + "0"),
            new("the key one character short", rightKey[..^1]),
            new("the key with its last character changed", rightKey[..^1] + (last == 'x' ? 'y' : 'x')),
            new("the key as a bearer token", null, Authorization: "Bearer " + rightKey),
            new("the key in the query string", null, Query: "x-api-key=" + Uri.EscapeDataString(rightKey)),
        };
        if (rightKey.ToUpperInvariant() != rightKey)
            attempts.Add(new("the key in upper case", rightKey.ToUpperInvariant()));
        return attempts;
    }
}
