namespace Returns.Orchestrations.Compliance;

/// <summary>A returned line carrying dangerous goods; <see cref="Entry"/> is null for a UN number the rules do not know.</summary>
public sealed record DangerousLine(string Sku, string UnNumber, DangerousGoodsEntry? Entry, bool Damaged);
