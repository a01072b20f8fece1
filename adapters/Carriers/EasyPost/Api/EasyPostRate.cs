namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>A Rate of a Shipment; EasyPost sends <see cref="Rate"/> as a decimal string ("10.07").</summary>
public sealed record EasyPostRate
{
    public string Id { get; init; } = "";
    public string Carrier { get; init; } = "";
    public string Service { get; init; } = "";
    public decimal? Rate { get; init; }
    public string? Currency { get; init; }
    public int? DeliveryDays { get; init; }

    public override string ToString() => $"{Carrier} {Service} {Rate} {Currency}".TrimEnd();
}
