namespace Returns.Orchestrations.Routing.Network;

/// <summary>The customer's parcel to the hub: a domestic service, its transit time and its prices by weight.</summary>
public sealed record HubLeg(string CarrierId, string Transport, int TransitDays, IReadOnlyList<WeightBand> Bands)
{
    public long? PriceFor(int grams) => Bands.OrderBy(b => b.UpToGrams).FirstOrDefault(b => grams <= b.UpToGrams)?.Price;
}
