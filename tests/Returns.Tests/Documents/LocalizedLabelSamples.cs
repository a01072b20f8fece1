using Returns.Adapters.Documents;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Documents;

/// <summary>Labels for customers who read Chinese, Korean or Japanese, with names and addresses in their script.</summary>
internal static class LocalizedLabelSamples
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset DropOffBy = CreatedAt.AddDays(14);

    public static ReturnLabelContent TraditionalChinese() => new(
        ReturnId: "ret-5a1c9e0b7d2f4e31",
        OrderNumber: "TW-1001",
        CarrierName: "Returns Post",
        ServiceName: "International Return",
        TrackingNumber: "RA123456785TW",
        ShipFrom: ["王小明", "台北市中正區重慶南路一段122號", "100 台北市", "TW"],
        ShipTo: ["Demo Shop Returns", "Invalidenstr. 1", "10115 Berlin", "DE"],
        WeightGrams: 1250,
        CreatedAt: CreatedAt,
        CrossBorder: true,
        ItemsSummary: "3 items",
        Locale: "zh-TW",
        Items: [new LabelItem("TEE-BLK-M", "棉質T恤 黑色 M", 2), new LabelItem("MUG-01", "陶瓷馬克杯", 1)],
        DropOffBy: DropOffBy);

    public static ReturnLabelContent Korean() => TraditionalChinese() with
    {
        ReturnId = "ret-0c7e2b94a1d34f58",
        OrderNumber = "KR-2002",
        TrackingNumber = "RB987654326KR",
        ShipFrom = ["김민수", "서울특별시 중구 세종대로 110", "04524 서울", "KR"],
        Locale = "ko-KR",
        Items = [new LabelItem("TEE-BLK-M", "면 티셔츠 블랙 M", 1)],
    };

    public static ReturnLabelContent Japanese() => TraditionalChinese() with
    {
        ReturnId = "ret-3f9d0a6c2b8e4d17",
        OrderNumber = "JP-3003",
        TrackingNumber = "RC192837465JP",
        ShipFrom = ["山田 太郎", "東京都千代田区丸の内1-9-1", "〒100-0005 東京", "JP"],
        Locale = "ja-JP",
        Items = [new LabelItem("TEE-BLK-M", "コットンTシャツ ブラック M", 1)],
    };
}
