namespace Returns.Orchestrations.Compliance;

/// <summary>Whether a parcel between two countries crosses a customs border (Germany to France does not: one union).</summary>
public static class CustomsBorders
{
    public static bool Crosses(ComplianceRuleBook book, string from, string to)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            return false;
        var a = book.CustomsFor(from);
        return a is null || !ReferenceEquals(a, book.CustomsFor(to));
    }
}
