namespace Returns.Orchestrations.Routing.Network;

/// <summary>A parcel of up to <see cref="UpToGrams"/> costs <see cref="Price"/> (minor units of its lane's currency).</summary>
public sealed record WeightBand(int UpToGrams, long Price);
