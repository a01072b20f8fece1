using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Moq;
using Returns.Adapters.Carriers.EasyPost;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Tests.Carriers;

/// <summary>The EasyPost adapter against a local stand-in that answers like EasyPost's documented examples.</summary>
public class EasyPostCarrierTests : IAsyncLifetime
{
    private const string ApiKey = "EZTK_test_5a1f0c";
    private const string OrderNumber = "US-1001";
    private static readonly DateTimeOffset At = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PostalAddress Warehouse = new("US", "Demo Shop Returns", "San Francisco", "94104", "417 Montgomery Street", "5th Floor", "CA");
    private static readonly PostalAddress CanadianCustomer = new("CA", "Jamie Tremblay", "Toronto", "M5V 2T6", "290 Bremner Blvd", null, "ON");
    private static readonly PostalAddress UsCustomer = new("US", "Dr. Steve Brule", "Redondo Beach", "90277", "179 N Harbor Dr", null, "CA");

    private readonly Mock<IReturnStore> _returns = new();
    private readonly Mock<IOrderStore> _orders = new();
    private readonly InMemoryEasyPostShipmentIndex _index = new();
    private EasyPostStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await EasyPostStub.StartAsync();
        _returns.Setup(r => r.GetAsync(It.Is<string>(id => id.StartsWith("RT-")), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => Return(id));
        _orders.Setup(o => o.GetAsync(OrderNumber, It.IsAny<CancellationToken>())).ReturnsAsync(Order());
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task IssueAsync_CrossBorderReturn_SendsAReturnShipmentWithCustomsWithBasicAuth()
    {
        await Carrier().IssueAsync(Request("RT-CB000001", crossBorder: true));

        var create = Assert.Single(_stub.Calls("POST", "/v2/shipments"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey + ":")), create.Authorization);
        var shipment = JsonNode.Parse(create.Body)!["shipment"]!;
        Assert.True(shipment["is_return"]!.GetValue<bool>());
        Assert.Equal("RT-CB000001", shipment["reference"]!.GetValue<string>());
        Assert.Equal("PDF", shipment["options"]!["label_format"]!.GetValue<string>());
        // A return Shipment carries the outbound addresses (EasyPost swaps them): the customer is to_address.
        Assert.Equal("Jamie Tremblay", shipment["to_address"]!["name"]!.GetValue<string>());
        Assert.Equal("290 Bremner Blvd", shipment["to_address"]!["street1"]!.GetValue<string>());
        Assert.Equal("ON", shipment["to_address"]!["state"]!.GetValue<string>());
        Assert.Equal("M5V 2T6", shipment["to_address"]!["zip"]!.GetValue<string>());
        Assert.Equal("CA", shipment["to_address"]!["country"]!.GetValue<string>());
        Assert.Equal("Demo Shop Returns", shipment["from_address"]!["name"]!.GetValue<string>());
        Assert.Equal("US", shipment["from_address"]!["country"]!.GetValue<string>());
        // 360 g is 12.698 oz, rounded up to a tenth.
        Assert.Equal(12.7m, shipment["parcel"]!["weight"]!.GetValue<decimal>());

        var customs = shipment["customs_info"]!;
        Assert.Equal("returned_goods", customs["contents_type"]!.GetValue<string>());
        Assert.Contains(OrderNumber, customs["contents_explanation"]!.GetValue<string>());
        var items = customs["customs_items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("Merino tee navy M", items[0]!["description"]!.GetValue<string>());
        Assert.Equal("TEE-NVY-M", items[0]!["code"]!.GetValue<string>());
        Assert.Equal(2, items[0]!["quantity"]!.GetValue<int>());
        Assert.Equal(90.00m, items[0]!["value"]!.GetValue<decimal>()); // the line total: 2 × 45.00
        Assert.Equal("USD", items[0]!["currency"]!.GetValue<string>());
        Assert.Equal(12.7m, items[0]!["weight"]!.GetValue<decimal>());  // 2 × 180 g, the line total in ounces
        Assert.Equal("6109100012", items[0]!["hs_tariff_number"]!.GetValue<string>()); // the return's own code, digits only
        Assert.Equal("PT", items[0]!["origin_country"]!.GetValue<string>());             // the order's origin
        Assert.Equal("650500", items[1]!["hs_tariff_number"]!.GetValue<string>());     // the order's code
        Assert.Equal("CN", items[1]!["origin_country"]!.GetValue<string>());
        Assert.Equal(19.00m, items[1]!["value"]!.GetValue<decimal>());
        Assert.Equal(4.3m, items[1]!["weight"]!.GetValue<decimal>()); // unknown weight: a third of the parcel (120 g)
    }

    [Fact]
    public async Task IssueAsync_NoServiceRequested_BuysTheCheapestRateAndGivesItsLabel()
    {
        var label = await Carrier().IssueAsync(Request("RT-CB000002", crossBorder: true));

        var shipmentId = Assert.Single(_stub.ShipmentIds);
        var buy = Assert.Single(_stub.Calls("POST", $"/v2/shipments/{shipmentId}/buy"));
        Assert.Equal(_stub.RateId(shipmentId, "USPS", "GroundAdvantage"), JsonNode.Parse(buy.Body)!["rate"]!["id"]!.GetValue<string>());
        Assert.NotNull(buy.Authorization);

        var bought = _stub.Shipment(shipmentId);
        Assert.Equal(new LabelInfo("USPS", "GroundAdvantage", bought["tracking_code"]!.GetValue<string>(), At), label.Info);
        Assert.Equal(_stub.LabelPdf, label.Pdf);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(label.Pdf, 0, 5));
        // The label file lives on another host in production: it must not get the API key.
        var download = Assert.Single(_stub.Calls("GET", "/files/postage_label/.*"));
        Assert.Null(download.Authorization);
    }

    [Fact]
    public async Task IssueAsync_DomesticReturn_SendsNoCustomsInfo()
    {
        await Carrier().IssueAsync(Request("RT-DO000001", crossBorder: false));

        var shipment = JsonNode.Parse(Assert.Single(_stub.Calls("POST", "/v2/shipments")).Body)!["shipment"]!.AsObject();
        Assert.False(shipment.ContainsKey("customs_info"));
        Assert.Equal("Dr. Steve Brule", shipment["to_address"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task IssueAsync_RouteChoseAService_BuysThatServiceOfThatCarrier()
    {
        var label = await Carrier().IssueAsync(Request("RT-SV000001", carrierId: "easypost-usps", serviceId: "priority"));

        Assert.Equal(("USPS", "Priority"), (label.Info.Carrier, label.Info.Service));
        var shipmentId = Assert.Single(_stub.ShipmentIds);
        Assert.Equal(_stub.RateId(shipmentId, "USPS", "Priority"), BoughtRateId(shipmentId));
    }

    [Fact]
    public async Task IssueAsync_CarrierWithoutService_BuysThatCarriersCheapestRate()
    {
        var label = await Carrier().IssueAsync(Request("RT-SV000002", carrierId: "easypost-ups"));

        Assert.Equal(("UPS", "Ground"), (label.Info.Carrier, label.Info.Service));
    }

    [Fact]
    public async Task IssueAsync_AirRequiredWithoutService_BuysTheCheapestAirService()
    {
        var label = await Carrier().IssueAsync(Request("RT-SV000003", carrierId: "easypost-usps", transport: "air"));

        Assert.Equal("Priority", label.Info.Service); // GroundAdvantage is cheaper but travels by ground
    }

    [Fact]
    public async Task IssueAsync_GroundRequiredForCarrierUnknownToTheNetwork_FailsPermanentlyBeforeCallingEasyPost()
    {
        var error = await Assert.ThrowsAsync<EasyPostException>(() =>
            Carrier().IssueAsync(Request("RT-SV000004", carrierId: null, transport: "ground")));

        Assert.False(error.IsTransient);
        Assert.Equal("RETURNS.NO_SERVICE_FOR_TRANSPORT", error.Code);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task IssueAsync_ChosenServiceNotOffered_FailsPermanentlyWithoutBuying()
    {
        var error = await Assert.ThrowsAsync<EasyPostException>(() =>
            Carrier().IssueAsync(Request("RT-SV000005", carrierId: "easypost-usps", serviceId: "media-mail")));

        Assert.False(error.IsTransient);
        Assert.Equal("RETURNS.NO_MATCHING_RATE", error.Code);
        Assert.Contains("USPS Priority 10.07 USD", error.Message); // says what was offered
        Assert.Empty(_stub.Calls("POST", "/v2/shipments/.*/buy"));
    }

    [Fact]
    public async Task IssueAsync_SameReturnTwice_BuysOnceAndGivesTheSameLabel()
    {
        var carrier = Carrier();
        var first = await carrier.IssueAsync(Request("RT-RP000001"));
        var second = await carrier.IssueAsync(Request("RT-RP000001"));

        Assert.Equal(first.Info, second.Info);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Single(_stub.Calls("POST", "/v2/shipments"));
        Assert.Single(_stub.Calls("POST", "/v2/shipments/.*/buy"));
    }

    [Fact]
    public async Task IssueAsync_BuyAnswerLost_TheRetryGivesTheBoughtLabelWithoutBuyingAgain()
    {
        _stub.Fail("POST", "/buy", 503, "<html><body>503 Service Unavailable</body></html>", afterHandling: true);
        var carrier = Carrier();

        await Assert.ThrowsAsync<EasyPostTransientException>(() => carrier.IssueAsync(Request("RT-LO000001")));
        var label = await carrier.IssueAsync(Request("RT-LO000001"));

        var shipmentId = Assert.Single(_stub.ShipmentIds);
        Assert.Single(_stub.Calls("POST", "/v2/shipments/.*/buy"));
        Assert.Equal(_stub.Shipment(shipmentId)["tracking_code"]!.GetValue<string>(), label.Info.TrackingNumber);
    }

    [Fact]
    public async Task IssueAsync_ServiceUnavailableThenUp_TheCallerSeesATransientErrorAndTheRetryIssues()
    {
        _stub.Fail("POST", "/v2/shipments", 503, "<html><body>503 Service Unavailable</body></html>");
        var carrier = Carrier();

        var error = await Assert.ThrowsAsync<EasyPostTransientException>(() => carrier.IssueAsync(Request("RT-TR000001")));
        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Empty(_stub.Calls("POST", "/v2/shipments/.*/buy"));

        var label = await carrier.IssueAsync(Request("RT-TR000001"));
        Assert.Equal("USPS", label.Info.Carrier);
        Assert.Equal(2, _stub.Calls("POST", "/v2/shipments").Count);
        Assert.Single(_stub.Calls("POST", "/v2/shipments/.*/buy"));
    }

    [Fact]
    public async Task IssueAsync_TooManyRequests_IsTransientWithEasyPostsRetryAfter()
    {
        _stub.Fail("POST", "/v2/shipments", 429, "", retryAfter: "3");

        var error = await Assert.ThrowsAsync<EasyPostTransientException>(() => Carrier().IssueAsync(Request("RT-TR000002")));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }

    [Fact]
    public async Task IssueAsync_Unprocessable_ThrowsAPermanentErrorWithEasyPostsCodeAndMessage()
    {
        _stub.Fail("POST", "/v2/shipments", 422, EasyPostSamples.AddressNotFound());

        var error = await Assert.ThrowsAsync<EasyPostException>(() => Carrier().IssueAsync(Request("RT-PE000001")));

        Assert.IsNotType<EasyPostTransientException>(error);
        Assert.False(error.IsTransient);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("ADDRESS.VERIFY.FAILURE", error.Code);
        Assert.Equal("Address not found", error.Reason);
        Assert.Contains("street1: House number is missing", error.FieldErrors);
        Assert.Contains("ADDRESS.VERIFY.FAILURE", error.Message);
        Assert.Contains("House number is missing", error.Message);
        Assert.Empty(_stub.Calls("POST", "/v2/shipments/.*/buy"));
    }

    [Fact]
    public async Task IssueAsync_ErrorsAsPlainStrings_AreKeptAsFieldErrors()
    {
        var body = EasyPostSamples.Error("PARAMETER.INVALID", "Invalid parameter", new JsonArray("parcel.weight must be greater than 0"));
        _stub.Fail("POST", "/v2/shipments", 400, body);

        var error = await Assert.ThrowsAsync<EasyPostException>(() => Carrier().IssueAsync(Request("RT-PE000002")));

        Assert.Equal(["parcel.weight must be greater than 0"], error.FieldErrors);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task IssueAsync_CrossBorderButNotAStoredReturn_FailsPermanentlyBeforeCallingEasyPost()
    {
        var error = await Assert.ThrowsAsync<EasyPostException>(() => Carrier().IssueAsync(Request("EX-UNKNOWN1", crossBorder: true)));

        Assert.Equal("RETURNS.NO_CUSTOMS_LINES", error.Code);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task VoidAsync_IssuedLabel_RefundsItsShipment()
    {
        var carrier = Carrier();
        var label = await carrier.IssueAsync(Request("RT-VO000001"));

        await carrier.VoidAsync(label.Info.TrackingNumber);

        var shipmentId = Assert.Single(_stub.ShipmentIds);
        var refund = Assert.Single(_stub.Calls("POST", $"/v2/shipments/{shipmentId}/refund"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey + ":")), refund.Authorization);
        Assert.Equal("submitted", _stub.Shipment(shipmentId)["refund_status"]!.GetValue<string>());
    }

    [Fact]
    public async Task VoidAsync_Twice_AsksForOneRefund()
    {
        var carrier = Carrier();
        var label = await carrier.IssueAsync(Request("RT-VO000002"));

        await carrier.VoidAsync(label.Info.TrackingNumber);
        await carrier.VoidAsync(label.Info.TrackingNumber);

        Assert.Single(_stub.Calls("POST", "/v2/shipments/.*/refund"));
    }

    [Fact]
    public async Task VoidAsync_TrackingNumberNotBoughtHere_CallsNothing()
    {
        await Carrier().VoidAsync("RA123456785DE");

        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task VoidAsync_RefundRejected_IsTransientSoTheWorkflowRetries()
    {
        var carrier = Carrier();
        var label = await carrier.IssueAsync(Request("RT-VO000003"));
        _stub.RefundOutcome = "rejected";

        var error = await Assert.ThrowsAsync<EasyPostTransientException>(() => carrier.VoidAsync(label.Info.TrackingNumber));

        Assert.Equal("RETURNS.REFUND_REJECTED", error.Code);
    }

    [Fact]
    public async Task IssueAsync_AfterVoid_BuysANewLabel()
    {
        var carrier = Carrier();
        var first = await carrier.IssueAsync(Request("RT-VO000004"));
        await carrier.VoidAsync(first.Info.TrackingNumber);

        var second = await carrier.IssueAsync(Request("RT-VO000004"));

        Assert.NotEqual(first.Info.TrackingNumber, second.Info.TrackingNumber);
        Assert.Equal(2, _stub.Calls("POST", "/v2/shipments/.*/buy").Count);
    }

    private EasyPostCarrier Carrier()
    {
        var settings = new EasyPostSettings(ApiKey)
        {
            BaseAddress = _stub.BaseAddress,
            CarrierNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["easypost-usps"] = "USPS",
                ["easypost-ups"] = "UPS",
            },
        };
        var store = new Mock<IRoutingNetworkStore>();
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Network());
        var networks = new RoutingNetworkSource(Options.Create(new RoutingNetworkOptions()), store.Object, TimeProvider.System);
        return new EasyPostCarrier(
            new EasyPostClient(new HttpClient(), settings), new NetworkEasyPostRateChoices(networks, settings),
            new StoreEasyPostCustomsSource(_returns.Object, _orders.Object), _index, settings);
    }

    /// <summary>Two EasyPost carriers of the routing network, with EasyPost's service names.</summary>
    private static RoutingNetwork Network() => new("test",
    [
        new CarrierOffer("easypost-usps", "USPS (via EasyPost)", "easypost",
        [
            new CarrierService("ground-advantage", "USPS Ground Advantage", "economy", "ground", true, null, null, [], "GroundAdvantage"),
            new CarrierService("priority", "USPS Priority Mail", "standard", "air", false, null, null, [], "Priority"),
            new CarrierService("priority-express", "USPS Priority Mail Express", "express", "air", false, null, null, [], "Express"),
            new CarrierService("media-mail", "USPS Media Mail", "economy", "ground", false, null, null, [], "MediaMail"),
        ]),
        new CarrierOffer("easypost-ups", "UPS (via EasyPost)", "easypost",
        [
            new CarrierService("ups-ground", "UPS Ground", "standard", "ground", false, null, null, [], "Ground"),
        ]),
    ], [], null!);

    private static LabelRequest Request(string returnId, bool crossBorder = false, string? carrierId = null, string? serviceId = null,
        string? transport = null) => new(
        returnId, OrderNumber, crossBorder ? CanadianCustomer : UsCustomer, Warehouse, 360, 3, crossBorder, At,
        Items: [new LabelItem("TEE-NVY-M", "Merino tee navy M", 2), new LabelItem("CAP-RED", "Wool cap red", 1)],
        Transport: transport, CarrierId: carrierId, ServiceId: serviceId);

    private static ReturnRecord Return(string returnId) => new(
        returnId, OrderNumber, "jamie@example.ca", "Jamie Tremblay", "en-CA", "USD", Resolutions.Refund,
        [
            new ReturnLine("TEE-NVY-M", "Merino tee navy M", 2, 4500, "size_too_small", HsCode: "6109.10.0012"),
            new ReturnLine("CAP-RED", "Wool cap red", 1, 1900, "changed_mind"),
        ],
        ReturnStages.Approved, At, At, "CA", "US");

    private static Order Order() => new(
        OrderNumber, "jamie@example.ca", "Jamie Tremblay", "en-CA", "USD", At.AddDays(-20), At.AddDays(-14), Warehouse, CanadianCustomer,
        [
            new OrderLine("TEE-NVY-M", "Merino tee navy M", 2, 4500, "6109.10", "PT", "apparel", 180),
            new OrderLine("CAP-RED", "Wool cap red", 1, 1900, "6505.00", "CN", "apparel"),
        ]);

    private string BoughtRateId(string shipmentId) =>
        JsonNode.Parse(Assert.Single(_stub.Calls("POST", $"/v2/shipments/{shipmentId}/buy")).Body)!["rate"]!["id"]!.GetValue<string>();
}
