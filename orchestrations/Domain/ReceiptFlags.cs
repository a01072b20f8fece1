namespace Returns.Orchestrations.Domain;

/// <summary>What the warehouse found wrong with a parcel; a flagged receipt goes to the merchant to decide.</summary>
public static class ReceiptFlags
{
    /// <summary>Fewer units than announced.</summary>
    public const string MissingItems = "missing_items";

    /// <summary>Something other than the announced items.</summary>
    public const string WrongItem = "wrong_item";

    /// <summary>Nothing in the parcel.</summary>
    public const string EmptyBox = "empty_box";

    public static IReadOnlyList<string> All { get; } = [MissingItems, WrongItem, EmptyBox];
}
