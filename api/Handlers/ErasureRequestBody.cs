namespace Returns.Api.Handlers;

/// <summary>The body of POST /api/admin/customers/erase.</summary>
public sealed record ErasureRequestBody(string? Email, string? Reason, string? Reference);
