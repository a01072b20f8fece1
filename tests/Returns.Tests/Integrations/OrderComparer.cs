using System.Text.Json;
using Returns.Orchestrations.Domain;

namespace Returns.Tests.Integrations;

/// <summary>Orders hold lists, so two versions are compared by their JSON.</summary>
public sealed class OrderComparer : IEqualityComparer<Order?>
{
    public static OrderComparer Instance { get; } = new();

    public bool Equals(Order? x, Order? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode(Order? obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
