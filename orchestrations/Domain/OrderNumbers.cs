namespace Returns.Orchestrations.Domain;

/// <summary>Customers type order numbers as "#1001", " tw-1001 " and so on; they all name one key.</summary>
public static class OrderNumbers
{
    public static string Normalize(string orderNumber) =>
        orderNumber.Trim().TrimStart('#').Trim().ToUpperInvariant();

    /// <summary>The trailing digits of a prefixed number ("TW-1001" → "1001"), or null when there are none.</summary>
    public static string? BareNumber(string normalized)
    {
        var start = normalized.Length;
        while (start > 0 && char.IsAsciiDigit(normalized[start - 1]))
            start--;
        return start == normalized.Length ? null : normalized[start..];
    }
}
