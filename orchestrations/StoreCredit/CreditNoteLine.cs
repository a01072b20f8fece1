namespace Returns.Orchestrations.StoreCredit;

/// <summary>A returned line on a credit note: the item's name, the units credited and their value (minor units).</summary>
public sealed record CreditNoteLine(string Name, int Quantity, long Amount);
