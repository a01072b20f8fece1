using Returns.Orchestrations.Domain;

namespace Returns.Tests.Adapters;

/// <summary>Orders and returns with unique numbers, for tests that share one Azurite.</summary>
public static class AdapterSamples
{
    public static readonly DateTimeOffset Placed = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static Order Order(string orderNumber, string email = "anna@example.de") => new(
        orderNumber, email, "Anna Schmidt", "de-DE", "EUR", Placed, Placed.AddDays(4),
        new PostalAddress("TW", "Demo Shop", "Taipei", "100", "1 Zhongshan Rd"),
        new PostalAddress("DE", "Anna Schmidt", "Berlin", "10115", "Invalidenstr. 1"),
        [
            new OrderLine("TEE-BLK-M", "Tee black M", 2, 2500, "610910", "TW", "apparel", 200, ["summer"]),
            new OrderLine("CAP-RED", "Cap red", 1, 1500, Tags: ["final_sale"]),
        ],
        "DDP", "EX-123");

    public static ReturnRecord Return(string returnId, string orderNumber, string stage = ReturnStages.AwaitingConfirmation,
        DateTimeOffset? createdAt = null, string email = "anna@example.de", string sku = "TEE-BLK-M", int quantity = 1)
    {
        var at = createdAt ?? DateTimeOffset.UtcNow;
        return new ReturnRecord(returnId, orderNumber, email, "Anna Schmidt", "de-DE", "EUR", Resolutions.Refund,
            [new ReturnLine(sku, "Tee black M", quantity, 2500, "size_too_small", "too tight")],
            stage, at, at, "DE", "TW");
    }

    public static string NewReturnId() => "RT-" + AzuriteStorage.Unique()[..8];

    public static string NewOrderNumber() => "TW-" + AzuriteStorage.Unique();
}
