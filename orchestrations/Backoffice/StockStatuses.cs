namespace Returns.Orchestrations.Backoffice;

/// <summary>Where a returned unit is in its life after inspection.</summary>
public static class StockStatuses
{
    public const string AwaitingDisposition = "awaiting_disposition";
    public const string Restocked = "restocked";
    public const string InRefurbishment = "in_refurbishment";
    public const string ListedForClearance = "listed_for_clearance";
    public const string Donated = "donated";
    public const string Recycled = "recycled";
    public const string ReturnedToSupplier = "returned_to_supplier";

    public static IReadOnlyList<string> All { get; } =
        [AwaitingDisposition, Restocked, InRefurbishment, ListedForClearance, Donated, Recycled, ReturnedToSupplier];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>The status a unit reaches once <paramref name="disposition"/> has been carried out.</summary>
    /// <exception cref="ArgumentException">The disposition is not one of <see cref="DispositionKinds.All"/>.</exception>
    public static string AfterDisposition(string disposition) => disposition switch
    {
        DispositionKinds.Restock => Restocked,
        DispositionKinds.Refurbish => InRefurbishment,
        DispositionKinds.Clearance => ListedForClearance,
        DispositionKinds.Donate => Donated,
        DispositionKinds.Recycle => Recycled,
        DispositionKinds.ReturnToSupplier => ReturnedToSupplier,
        _ => throw new ArgumentException(
            $"Unknown disposition \"{disposition}\"; it must be one of {string.Join(", ", DispositionKinds.All)}.", nameof(disposition)),
    };
}
