namespace Returns.Api.Handlers;

/// <summary>One inspected line; <see cref="Disposition"/> overrides the disposition table for these units.</summary>
public sealed record InspectionLineRequest(string? Sku, int? Quantity, string? Grade, string? Notes, string? Disposition = null);
