namespace Returns.Orchestrations.Compliance;

/// <summary>Countries joined by road or rail, between which a ground-only parcel can travel.</summary>
public sealed record SurfaceRegion(string Name, IReadOnlyList<string> Countries, string Verification, string? Notes = null);
