namespace Returns.Api.Integrations;

/// <summary>A Shopify fulfillment: the outbound parcel's tracking number and, once the carrier says so, its delivery.</summary>
public sealed record ShopifyFulfillment(string? TrackingNumber, string? ShipmentStatus, DateTimeOffset? UpdatedAt, string? Status);
