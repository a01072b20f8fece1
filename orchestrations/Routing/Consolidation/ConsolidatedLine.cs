namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>One returned line inside a consolidated shipment, with its customs data.</summary>
public sealed record ConsolidatedLine(string Sku, string Description, int Quantity, long UnitValue, string? HsCode, string? OriginCountry, int UnitWeightGrams);
