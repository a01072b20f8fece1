namespace Returns.Orchestrations.Domain;

/// <summary>A postal address; <see cref="Region"/> is the state or province code ("CA", "NY", "QC"), which some consumer laws depend on.</summary>
public sealed record PostalAddress(
    string Country,
    string? Name = null,
    string? City = null,
    string? PostalCode = null,
    string? Line1 = null,
    string? Line2 = null,
    string? Region = null)
{
    /// <summary>Address lines for a label, most specific first.</summary>
    public IReadOnlyList<string> ToLines() =>
        new[] { Name, Line1, Line2, string.Join(' ', new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s))), Country }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .ToArray();
}
