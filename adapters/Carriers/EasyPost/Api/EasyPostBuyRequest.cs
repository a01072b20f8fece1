namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>The body of <c>POST /v2/shipments/{id}/buy</c>.</summary>
public sealed record EasyPostBuyRequest(EasyPostRateRef Rate);
