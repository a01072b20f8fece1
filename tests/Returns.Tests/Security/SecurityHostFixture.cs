using System.Net;
using System.Text.Json.Nodes;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Security;

/// <summary>
/// One local host process for the security tests over HTTP, with two customers whose returns wait for the parcel
/// (label and customs papers issued): Anna in Berlin (German) and 陳美玲 in Munich (Traditional Chinese). Guest failures
/// are not limited here (the tests make many from 127.0.0.1); the limits have tests of their own.
/// </summary>
public sealed class SecurityHostFixture : IAsyncLifetime
{
    public const string ShopifySecret = "security-shopify-secret";
    public const string WooCommerceSecret = "security-woocommerce-secret";
    public const string AfterShipSecret = "security-aftership-secret";
    public const string EasyPostSecret = "security-easypost-secret";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The security host is not started.");

    internal ReturnsHttp Api => new(Host);

    public SecurityCustomer Anna { get; private set; } = null!;

    public SecurityCustomer MeiLing { get; private set; } = null!;

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["RETURNS_LOOKUP_FAILURE_LIMIT"] = "1000000",
        ["RETURNS_SHOP_ORIGIN_COUNTRY"] = "TW",
        ["RETURNS_SHOP_ORIGIN_CITY"] = "Taipei",
        ["RETURNS_SHOP_ORIGIN_POSTAL_CODE"] = "100",
        ["RETURNS_SHOP_ORIGIN_ADDRESS"] = "No. 1, Sec. 1, Zhongshan S. Rd.",
        ["RETURNS_SHOPIFY_WEBHOOK_SECRET"] = ShopifySecret,
        ["RETURNS_WOOCOMMERCE_WEBHOOK_SECRET"] = WooCommerceSecret,
        ["RETURNS_AFTERSHIP_WEBHOOK_SECRET"] = AfterShipSecret,
        ["RETURNS_EASYPOST_WEBHOOK_SECRET"] = EasyPostSecret,
    };

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>(Environment) { ["RETURNS_ROUTING_DIR"] = RoutingWithoutHubs() });
        var customers = await Task.WhenAll(
            CreateAsync(Api, "Anna Schmidt", "de-DE", "Berlin", "10115", "Invalidenstraße 12"),
            CreateAsync(Api, "陳美玲", "zh-TW", "München", "80331", "Marienplatz 8"));
        (Anna, MeiLing) = (customers[0], customers[1]);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    /// <summary>The shipped routing files without hubs: every return goes direct, so it has customs papers of its own.</summary>
    internal static string RoutingWithoutHubs()
    {
        var folder = Directory.CreateTempSubdirectory("returns-routing-").FullName;
        foreach (var file in new[] { "carriers.json", "costs.json" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "routing", file), Path.Combine(folder, file));
        File.WriteAllText(Path.Combine(folder, "hubs.json"), """{ "hubs": [] }""");
        return folder;
    }

    /// <summary>An order shipped from Taipei to Germany, and its return through confirmation to a label.</summary>
    internal static async Task<SecurityCustomer> CreateAsync(ReturnsHttp api, string name, string locale, string city, string postalCode, string street)
    {
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        var order = ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email);
        order["customerName"] = name;
        order["locale"] = locale;
        order["shipTo"]!["name"] = name;
        order["shipTo"]!["city"] = city;
        order["shipTo"]!["postalCode"] = postalCode;
        order["shipTo"]!["line1"] = street;
        using (var created = await api.PostJsonAsync("/api/orders", order, admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);

        var request = ReturnsHttp.ReturnRequest(orderNumber, email);
        request["locale"] = locale;
        JsonObject accepted;
        using (var requested = await api.PostJsonAsync("/api/returns", request))
            accepted = await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted);
        var returnId = accepted["returnId"]!.GetValue<string>();
        var statusUrl = new Uri(accepted["statusUrl"]!.GetValue<string>());
        var token = System.Web.HttpUtility.ParseQueryString(statusUrl.Query)["token"]!;

        var confirm = await api.WaitForConfirmLinkAsync(returnId, email, StepTimeout);
        using (var confirmed = await api.SendAsync(HttpMethod.Get, new Uri(confirm).PathAndQuery))
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var labelled = await api.WaitForAsync(returnId, email,
            r => ReturnsHttp.Stage(r) == "label_issued"
                && r["documents"]!.AsArray().Any(d => d!["kind"]!.GetValue<string>() == "commercial-invoice"), "label and customs papers", StepTimeout);
        return new SecurityCustomer(orderNumber, email, name, returnId, labelled["label"]!["trackingNumber"]!.GetValue<string>(), token);
    }
}
