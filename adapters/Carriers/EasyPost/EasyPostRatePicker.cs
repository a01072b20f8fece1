using Returns.Adapters.Carriers.EasyPost.Api;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>Picks the rate to buy: the cheapest matching one, the faster on a tie.</summary>
public static class EasyPostRatePicker
{
    /// <summary>Throws a permanent error listing what was offered when no rate matches (buying another would be wrong).</summary>
    public static EasyPostRate Pick(EasyPostShipment shipment, EasyPostRateChoice choice)
    {
        var picked = shipment.Rates
            .Where(r => r.Rate is not null && Matches(r, choice))
            .OrderBy(r => r.Rate)
            .ThenBy(r => r.DeliveryDays ?? int.MaxValue)
            .FirstOrDefault();
        if (picked is not null)
            return picked;

        var offered = shipment.Rates.Count == 0 ? "none" : string.Join(", ", shipment.Rates);
        var notes = shipment.Messages.Where(m => m.Message is not null).Select(m => $"{m.Carrier}: {m.Message}").ToList();
        throw new EasyPostException("RETURNS.NO_MATCHING_RATE",
            $"Shipment {shipment.Id} has no rate for {choice}; offered: {offered}" +
            (notes.Count > 0 ? "; carrier messages: " + string.Join("; ", notes) : "") + ".");
    }

    private static bool Matches(EasyPostRate rate, EasyPostRateChoice choice) =>
        (choice.Carrier is null || string.Equals(rate.Carrier, choice.Carrier, StringComparison.OrdinalIgnoreCase)) &&
        (choice.Services.Count == 0 || choice.Services.Contains(rate.Service, StringComparer.OrdinalIgnoreCase));
}
