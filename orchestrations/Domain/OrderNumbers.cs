namespace Returns.Orchestrations.Domain;

/// <summary>Customers type order numbers as "#1001", " tw-1001 " and so on; they all name one key.</summary>
public static class OrderNumbers
{
    public static string Normalize(string orderNumber) =>
        orderNumber.Trim().TrimStart('#').Trim().ToUpperInvariant();
}
