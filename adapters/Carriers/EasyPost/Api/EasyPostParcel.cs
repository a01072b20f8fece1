namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>An EasyPost Parcel; <see cref="Weight"/> is in ounces.</summary>
public sealed record EasyPostParcel(decimal Weight);
