namespace Returns.Orchestrations.Compliance;

/// <summary>
/// <c>rules/dangerous-goods.json</c>: how goods with a UN number may travel, and which countries are joined by land
/// (so a ground-only parcel can cross between them).
/// </summary>
public sealed record DangerousGoodsRules(IReadOnlyList<DangerousGoodsEntry> Entries, IReadOnlyList<SurfaceRegion> SurfaceRegions);
