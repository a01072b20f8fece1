namespace Returns.Orchestrations.Backoffice;

/// <summary>What happens to a returned unit after inspection (see <c>dispositions.json</c>).</summary>
public static class DispositionKinds
{
    public const string Restock = "restock";
    public const string Refurbish = "refurbish";
    public const string Clearance = "clearance";
    public const string Donate = "donate";
    public const string Recycle = "recycle";
    public const string ReturnToSupplier = "return_to_supplier";

    public static IReadOnlyList<string> All { get; } = [Restock, Refurbish, Clearance, Donate, Recycle, ReturnToSupplier];

    public static bool IsKnown(string? disposition) => disposition is not null && All.Contains(disposition);
}
