namespace Returns.Orchestrations.Domain;

public static class ReturnReasons
{
    public static readonly IReadOnlyList<string> All =
    [
        "size_too_small", "size_too_large", "not_as_described", "defective", "damaged_in_transit",
        "wrong_item", "changed_mind", "late_delivery", "other",
    ];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason);
}
