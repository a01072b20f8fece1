namespace Returns.Orchestrations.Ports;

/// <summary>One line of the parcel's contents, listed on the label's instructions page.</summary>
public sealed record LabelItem(string Sku, string Name, int Quantity);
