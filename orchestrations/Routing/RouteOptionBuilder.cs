using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Routing;

/// <summary>Collects one option's cost lines and the reasons it cannot be used, then makes the option.</summary>
internal sealed class RouteOptionBuilder(string kind, string currency)
{
    private readonly List<CostItem> _items = [];
    private readonly List<string> _reasons = [];

    public int Days { get; set; }
    public string? CarrierId { get; set; }
    public string? ServiceId { get; set; }
    public string? HubId { get; set; }
    public string? Transport { get; set; }

    public RouteOptionBuilder Cost(string item, long amount, string? note = null)
    {
        _items.Add(new CostItem(item, amount, note));
        return this;
    }

    /// <summary>Adds a cost given in another currency; a missing exchange rate makes the option unusable.</summary>
    public RouteOptionBuilder Cost(string item, long? amount, string fromCurrency, RouteContext context, string? note = null)
    {
        if (amount is null)
            return Infeasible($"no price for {item.Replace('_', ' ')}");
        if (context.Convert(amount.Value, fromCurrency) is not { } converted)
            return Infeasible($"no exchange rate from {fromCurrency} to {currency}");
        return Cost(item, converted, note);
    }

    public RouteOptionBuilder Infeasible(string reason)
    {
        _reasons.Add(reason);
        return this;
    }

    public RouteOption Build() => new(
        kind, _reasons.Count == 0, new Money(_items.Sum(i => i.Amount), currency), Days, [.. _items], [.. _reasons],
        CarrierId, ServiceId, HubId, Transport);
}
