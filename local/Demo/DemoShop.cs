using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;

namespace Returns.Local.Demo;

/// <summary>A small Taiwanese shop selling to Germany, Japan, the US, Australia, Hong Kong and Korea.</summary>
public static class DemoShop
{
    public static readonly PostalAddress Warehouse = new("TW", "Formosa Threads Returns", "Taipei", "100", "No. 1, Sec. 1, Zhongshan S. Rd.");

    public static IReadOnlyList<Order> Orders(DateTimeOffset now) =>
    [
        Order("TW-1001", "anna@example.de", "Anna Schmidt", "de-DE", "EUR", now.AddDays(-9), now.AddDays(-3),
            new PostalAddress("DE", "Anna Schmidt", "Berlin", "10115", "Invalidenstraße 12"),
            [Line("TEE-BLK-M", "Tee black M", 2, 2500, "610910", "apparel", 200) with { Variants = Sizes("TEE-BLK", "Tee black", "M") },
             Line("HOODIE-GRY-L", "Hoodie grey L", 1, 6900, "611020", "apparel", 650) with { Variants = Sizes("HOODIE-GRY", "Hoodie grey", "L") },
             Line("SOCKS-3PK", "Socks 3-pack", 1, 1200, "611595", "apparel", 150, "final_sale")], "DDP"),
        Order("TW-1002", "kenji@example.jp", "Kenji Sato", "ja-JP", "JPY", now.AddDays(-7), now.AddDays(-4),
            new PostalAddress("JP", "Kenji Sato", "Tokyo", "150-0001", "1-2-3 Jingumae, Shibuya-ku"),
            [Line("TEA-OOLONG-100", "Oolong tea 100 g", 3, 1800, "090230", "food", 120),
             Line("MUG-CELADON", "Celadon mug", 1, 4200, "691200", "homeware", 450)], "DAP"),
        Order("TW-1003", "mia@example.com", "Mia Johnson", "en-US", "USD", now.AddDays(-12), now.AddDays(-5),
            new PostalAddress("US", "Mia Johnson", "Seattle", "98101", "400 Pine St"),
            [Line("BAG-CANVAS", "Canvas tote", 1, 3900, "420222", "accessories", 300),
             Line("SCARF-SILK", "Silk scarf", 1, 5900, "621410", "accessories", 90)], "DAP"),
        Order("TW-1004", "liam@example.com.au", "Liam Wilson", "en-AU", "AUD", now.AddDays(-10), now.AddDays(-2),
            new PostalAddress("AU", "Liam Wilson", "Melbourne", "3000", "200 Collins St"),
            [Line("JACKET-RAIN-M", "Rain jacket M", 1, 12900, "620192", "apparel", 700) with { Variants = Sizes("JACKET-RAIN", "Rain jacket", "M") },
             Line("CAP-NAVY", "Navy cap", 2, 2900, "650500", "accessories", 100)], "DDP"),
        Order("TW-1005", "meiling@example.hk", "陳美玲", "zh-HK", "HKD", now.AddDays(-8), now.AddDays(-2),
            new PostalAddress("HK", "陳美玲", "香港", "000000", "九龍彌敦道 100 號 8 樓"),
            [Line("TEE-BLK-M", "經典黑色 T 恤 M", 1, 19900, "610910", "apparel", 200) with { Variants = Sizes("TEE-BLK", "經典黑色 T 恤", "M") },
             Line("TEA-OOLONG-100", "凍頂烏龍茶 100 克", 2, 16800, "090230", "food", 120, "perishable")], "DDP"),
        Order("TW-1006", "minjun@example.kr", "김민준", "ko-KR", "KRW", now.AddDays(-6), now.AddDays(-1),
            new PostalAddress("KR", "김민준", "서울", "04524", "중구 세종대로 110"),
            [Line("HOODIE-GRY-L", "회색 후드티 L", 1, 89000, "611020", "apparel", 650) with { Variants = Sizes("HOODIE-GRY", "회색 후드티", "L") },
             Line("MUG-CELADON", "청자 머그컵", 1, 42000, "691200", "homeware", 450)], "DAP"),
        // China excludes made-to-measure goods from its 7-day right; the shop's policy lists custom_made as final sale.
        Order("TW-1007", "wei@example.cn", "王伟", "zh-CN", "CNY", now.AddDays(-6), now.AddDays(-2),
            new PostalAddress("CN", "王伟", "上海", "200000", "黄浦区南京东路 100 号"),
            [Line("SHIRT-MTM", "定制衬衫", 1, 68000, "620520", "apparel", 250, "custom_made"),
             Line("TEE-BLK-M", "黑色 T 恤 M", 1, 19900, "610910", "apparel", 200)], "DDP"),
        // A phone with a lithium battery: by air while intact; if the customer reports it damaged, it must not travel.
        Order("TW-1008", "lukas@example.de", "Lukas Becker", "de-DE", "EUR", now.AddDays(-8), now.AddDays(-4),
            new PostalAddress("DE", "Lukas Becker", "Hamburg", "20095", "Mönckebergstraße 7"),
            [Line("PHONE-LITE", "Lite phone 128 GB", 1, 24900, "851713", "electronics", 300) with { DangerousGoods = "UN3481", BatteryCondition = "intact" },
             Line("CASE-CLEAR", "Clear phone case", 1, 1900, "392690", "accessories", 40)], "DDP",
            importTax: 4731),
        // At home in Taiwan the shop pays return postage within the 7-day cooling-off period.
        Order("TW-1009", "yating@example.tw", "林雅婷", "zh-TW", "TWD", now.AddDays(-5), now.AddDays(-3),
            new PostalAddress("TW", "林雅婷", "台北市", "106", "大安區忠孝東路四段 1 號"),
            [Line("TEE-BLK-M", "經典黑色 T 恤 M", 2, 59000, "610910", "apparel", 200) with { Variants = Sizes("TEE-BLK", "經典黑色 T 恤", "M") }], "DAP"),
    ];

    /// <summary>
    /// The demo shop's policy: 30 days, made-to-measure and perishable goods final sale (the law still decides where it
    /// gives more), customers pay return postage where the law allows it (set per market in the local currency), and
    /// routing never refunds electronics without seeing them.
    /// </summary>
    public static MerchantPolicy Policy(ReturnPolicyOptions defaults) => MerchantPolicy.FromOptions(defaults) with
    {
        FinalSaleTags = ["final_sale", "custom_made", "perishable"],
        InspectCategories = ["electronics"],
        AllowInstantExchange = true,
        ReturnPostagePaidBy = PostagePayers.Customer,
        ReturnPostageFee = 500,
        Markets = new Dictionary<string, MarketPolicy>
        {
            ["JP"] = new(ReturnPostageFee: 800),
            ["KR"] = new(ReturnPostageFee: 5000),
            ["CN"] = new(ReturnPostageFee: 2000),
            ["HK"] = new(ReturnPostageFee: 4000),
            ["TW"] = new(ReturnPostageFee: 15000),
        },
    };

    /// <summary>The other sizes of a product: the customer may exchange for any of them; XL is sold out.</summary>
    private static IReadOnlyList<OrderVariant> Sizes(string skuStem, string name, string ordered) =>
        new[] { "S", "M", "L", "XL" }.Where(size => size != ordered)
            .Select(size => new OrderVariant($"{skuStem}-{size}", $"{name} {size}", InStock: size != "XL")).ToArray();

    private static Order Order(string number, string email, string name, string locale, string currency, DateTimeOffset placed,
        DateTimeOffset delivered, PostalAddress shipTo, IReadOnlyList<OrderLine> lines, string incoterm, long? importTax = null) =>
        new(number, email, name, locale, currency, placed, delivered, Warehouse, shipTo, lines, incoterm,
            OutboundTrackingNumber: $"RR{number[3..]}0000TW", ImportTax: importTax);

    private static OrderLine Line(string sku, string name, int quantity, long price, string hs, string category, int grams, params string[] tags) =>
        new(sku, name, quantity, price, hs, "TW", category, grams, tags);
}
