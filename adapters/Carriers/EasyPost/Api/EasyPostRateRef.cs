namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>A rate named by its id ("rate_…").</summary>
public sealed record EasyPostRateRef(string Id);
