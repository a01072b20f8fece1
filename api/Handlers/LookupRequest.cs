namespace Returns.Api.Handlers;

public sealed record LookupRequest(string? Email, string? OrderNumber);
