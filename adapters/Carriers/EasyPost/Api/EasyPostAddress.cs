namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>An EasyPost Address, sent inline with a Shipment; <see cref="State"/> is the state or province code.</summary>
public sealed record EasyPostAddress(
    string? Name,
    string? Street1,
    string? Street2,
    string? City,
    string? State,
    string? Zip,
    string Country);
