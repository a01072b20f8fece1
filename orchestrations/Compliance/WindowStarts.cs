namespace Returns.Orchestrations.Compliance;

/// <summary>The day a right's window counts from.</summary>
public static class WindowStarts
{
    /// <summary>The day the customer received the goods (the last part of the order).</summary>
    public const string Delivery = "delivery";

    /// <summary>The day the order was placed.</summary>
    public const string Purchase = "purchase";

    public static IReadOnlyList<string> All { get; } = [Delivery, Purchase];
}
