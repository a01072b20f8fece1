namespace Returns.Api.Handlers;

public sealed record AddressRequest(string? Country, string? Name, string? City, string? PostalCode, string? Line1, string? Line2, string? Region = null);
