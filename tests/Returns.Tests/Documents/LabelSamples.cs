using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

internal static class LabelSamples
{
    public static ReturnLabelContent CrossBorder() => new(
        ReturnId: "ret-7f3c2a9e41d04b6c",
        OrderNumber: "SO-100482",
        CarrierName: "DHL Express",
        ServiceName: "Worldwide Return Parcel",
        TrackingNumber: "JD014600006281234567",
        ShipFrom: ["Marie Dubois", "12 Rue des Lilas", "Apt 4B", "75011 Paris", "France"],
        ShipTo: ["Northwind Returns Center", "Attn: Returns Dept. RMA ret-7f3c2a9e", "4410 Commerce Parkway", "Reno, NV 89502", "United States"],
        WeightGrams: 1250,
        CreatedAt: new DateTimeOffset(2025, 11, 26, 9, 30, 0, TimeSpan.FromHours(1)),
        CrossBorder: true,
        ItemsSummary: "2 items");

    public static ReturnLabelContent Domestic() => CrossBorder() with
    {
        CarrierName = "UPS",
        ServiceName = "Ground Return",
        TrackingNumber = "1Z999AA10123456784",
        ShipFrom = ["Sam Lee", "88 Oak Street", "Springfield, IL 62704", "United States"],
        WeightGrams = 640,
        CrossBorder = false,
        ItemsSummary = "1 item",
    };
}
