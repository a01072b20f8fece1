namespace Returns.Orchestrations.Compliance;

/// <summary>
/// Tariff (HS) codes: a six-digit international base whose first two digits are a chapter (01-97 except 77; 98
/// and 99 are national chapters), extended to a national length per market (US 10, EU 8 or 10, JP 9, CN 10 or 13).
/// Codes are kept as digits only.
/// </summary>
public static class HsCodes
{
    /// <summary>Digits only, with dots, spaces and hyphens removed; null when empty or when other characters remain.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var digits = new string(code.Where(c => c is not ('.' or ' ' or '-')).ToArray());
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Whether the code has a usable six-digit base in a real chapter (national chapters included).</summary>
    public static bool IsValidBase(string? code) =>
        Normalize(code) is { Length: >= 6 } digits && Chapter(digits) is >= 1 and <= 99 and not 77;

    /// <summary>
    /// Why the code cannot be used between markets with these tariff profiles, or null when it can: a six-digit base,
    /// or a national length of one of them; chapters 98 and 99 only where a profile has national chapters.
    /// </summary>
    public static string? Problem(string code, IReadOnlyCollection<HsCodeProfile> profiles)
    {
        if (Normalize(code) is not { } digits)
            return "must contain digits only (dots, spaces and hyphens are ignored)";
        if (digits.Length < 6)
            return "needs at least the six-digit HS subheading";
        var chapter = Chapter(digits);
        if (chapter is 0 or 77)
            return $"chapter {digits[..2]} does not exist in the Harmonized System";
        if (chapter >= 98 && !profiles.Any(p => p.NationalChapters))
            return $"chapter {digits[..2]} is national and not used in these markets";
        var lengths = profiles.SelectMany(p => p.NationalLengths).Append(6).Distinct().Order().ToList();
        if (profiles.Count == 0 ? digits.Length > 13 : !lengths.Contains(digits.Length))
            return $"has {digits.Length} digits; use {string.Join(" or ", lengths)} digits";
        return null;
    }

    private static int Chapter(string digits) => ((digits[0] - '0') * 10) + (digits[1] - '0');
}
