namespace Returns.Orchestrations.Domain;

public sealed record PostalAddress(
    string Country,
    string? Name = null,
    string? City = null,
    string? PostalCode = null,
    string? Line1 = null,
    string? Line2 = null)
{
    /// <summary>Address lines for a label, most specific first.</summary>
    public IReadOnlyList<string> ToLines() =>
        new[] { Name, Line1, Line2, string.Join(' ', new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s))), Country }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .ToArray();
}
