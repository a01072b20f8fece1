using System.Text.Json.Nodes;
using PdfSharp.Pdf;

namespace Returns.Tests.Carriers;

/// <summary>
/// Bodies shaped like the examples in EasyPost's documentation (docs.easypost.com: Shipment, Rate, PostageLabel,
/// Shipping Refund, Errors; the example responses of github.com/EasyPost/examples), with this test's values.
/// Amounts are strings ("10.07") as EasyPost sends them.
/// </summary>
public static class EasyPostSamples
{
    public const string Timestamp = "2025-06-01T12:00:05Z";

    /// <summary>The rates the stand-in offers for every Shipment: carrier, service, rate, delivery days.</summary>
    public static readonly (string Carrier, string Service, string Rate, int? Days)[] Offered =
    [
        ("USPS", "Priority", "10.07", 2),
        ("USPS", "Express", "44.55", null),
        ("USPS", "GroundAdvantage", "7.80", 5),
        ("UPS", "Ground", "12.41", 4),
    ];

    public static string Id(string prefix, int n) => $"{prefix}_{n:x32}";

    /// <summary>A created (unbought) Shipment echoing what was asked for, as <c>POST /v2/shipments</c> answers.</summary>
    public static JsonObject Shipment(string id, JsonObject asked, ref int counter)
    {
        var shipment = new JsonObject
        {
            ["created_at"] = Timestamp,
            ["is_return"] = asked["is_return"]?.GetValue<bool>() ?? false,
            ["messages"] = new JsonArray(),
            ["mode"] = "test",
            ["options"] = new JsonObject
            {
                ["label_format"] = asked["options"]?["label_format"]?.GetValue<string>(),
                ["currency"] = "USD",
                ["payment"] = new JsonObject { ["type"] = "SENDER" },
                ["date_advance"] = 0,
            },
            ["reference"] = asked["reference"]?.GetValue<string>(),
            ["status"] = "unknown",
            ["tracking_code"] = null,
            ["updated_at"] = Timestamp,
            ["batch_id"] = null,
            ["batch_status"] = null,
            ["batch_message"] = null,
            ["customs_info"] = asked["customs_info"] is JsonObject customs ? CustomsInfo(customs, ref counter) : null,
            ["from_address"] = Address(asked["from_address"]!.AsObject(), ++counter),
            ["insurance"] = null,
            ["order_id"] = null,
            ["parcel"] = new JsonObject
            {
                ["id"] = Id("prcl", ++counter), ["object"] = "Parcel", ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
                ["length"] = null, ["width"] = null, ["height"] = null, ["predefined_package"] = null,
                ["weight"] = asked["parcel"]!["weight"]!.GetValue<decimal>(), ["mode"] = "test",
            },
            ["postage_label"] = null,
            ["rates"] = new JsonArray(),
            ["refund_status"] = null,
            ["scan_form"] = null,
            ["selected_rate"] = null,
            ["tracker"] = null,
            ["to_address"] = Address(asked["to_address"]!.AsObject(), ++counter),
            ["usps_zone"] = 4,
            ["forms"] = new JsonArray(),
            ["fees"] = new JsonArray(),
            ["id"] = id,
            ["object"] = "Shipment",
        };
        foreach (var (carrier, service, rate, days) in Offered)
            shipment["rates"]!.AsArray().Add(Rate(Id("rate", ++counter), id, carrier, service, rate, days));
        return shipment;
    }

    /// <summary>Marks a Shipment bought at a rate, as <c>POST /v2/shipments/{id}/buy</c> answers.</summary>
    public static void Buy(JsonObject shipment, JsonObject rate, string trackingCode, Uri labelUrl, ref int counter)
    {
        shipment["tracking_code"] = trackingCode;
        shipment["updated_at"] = Timestamp;
        shipment["selected_rate"] = rate.DeepClone();
        shipment["postage_label"] = new JsonObject
        {
            ["object"] = "PostageLabel", ["id"] = Id("pl", ++counter), ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
            ["date_advance"] = 0, ["integrated_form"] = "none", ["label_date"] = Timestamp, ["label_resolution"] = 300,
            ["label_size"] = "4x6", ["label_type"] = "default", ["label_file_type"] = "application/pdf",
            ["label_url"] = labelUrl.ToString(), ["label_pdf_url"] = null, ["label_zpl_url"] = null, ["label_epl2_url"] = null,
            ["label_file"] = null,
        };
        shipment["tracker"] = new JsonObject
        {
            ["id"] = Id("trk", ++counter), ["object"] = "Tracker", ["mode"] = "test", ["tracking_code"] = trackingCode,
            ["status"] = "unknown", ["status_detail"] = "unknown", ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
            ["signed_by"] = null, ["weight"] = null, ["est_delivery_date"] = null, ["shipment_id"] = shipment["id"]!.GetValue<string>(),
            ["carrier"] = rate["carrier"]!.GetValue<string>(), ["tracking_details"] = new JsonArray(), ["fees"] = new JsonArray(),
            ["carrier_detail"] = null, ["public_url"] = $"https://track.easypost.com/djE6{trackingCode}",
        };
        shipment["fees"] = new JsonArray(
            new JsonObject { ["object"] = "Fee", ["type"] = "LabelFee", ["amount"] = "0.00000", ["charged"] = true, ["refunded"] = false },
            new JsonObject
            {
                ["object"] = "Fee", ["type"] = "PostageFee", ["amount"] = rate["rate"]!.GetValue<string>() + "000",
                ["charged"] = true, ["refunded"] = false,
            });
    }

    /// <summary>EasyPost's error body: <c>{ "error": { "code", "message", "errors" } }</c>.</summary>
    public static string Error(string code, string message, JsonArray? errors = null) =>
        new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["errors"] = errors ?? new JsonArray() },
        }.ToJsonString();

    /// <summary>The documented Errors example: an address EasyPost could not verify, with field errors.</summary>
    public static string AddressNotFound() => Error("ADDRESS.VERIFY.FAILURE", "Address not found", new JsonArray(
        new JsonObject { ["field"] = "address", ["message"] = "Address not found", ["suggestion"] = null },
        new JsonObject { ["field"] = "street1", ["message"] = "House number is missing", ["suggestion"] = null }));

    /// <summary>A real one-page PDF (blank), the label file the stand-in serves.</summary>
    public static byte[] LabelPdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "USPS label (test)";
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static JsonObject Rate(string id, string shipmentId, string carrier, string service, string rate, int? days) => new()
    {
        ["id"] = id, ["object"] = "Rate", ["created_at"] = Timestamp, ["updated_at"] = Timestamp, ["mode"] = "test",
        ["service"] = service, ["carrier"] = carrier, ["rate"] = rate, ["currency"] = "USD",
        ["retail_rate"] = rate, ["retail_currency"] = "USD", ["list_rate"] = rate, ["list_currency"] = "USD",
        ["billing_type"] = "easypost", ["delivery_days"] = days, ["delivery_date"] = null, ["delivery_date_guaranteed"] = false,
        ["est_delivery_days"] = days, ["shipment_id"] = shipmentId, ["carrier_account_id"] = "ca_9685a1198a75477885a3cdca37559bac",
    };

    private static JsonObject Address(JsonObject asked, int n) => new()
    {
        ["id"] = Id("adr", n), ["object"] = "Address", ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
        ["name"] = asked["name"]?.DeepClone(), ["company"] = null, ["street1"] = asked["street1"]?.DeepClone(),
        ["street2"] = asked["street2"]?.DeepClone(), ["city"] = asked["city"]?.DeepClone(), ["state"] = asked["state"]?.DeepClone(),
        ["zip"] = asked["zip"]?.DeepClone(), ["country"] = asked["country"]?.DeepClone(), ["phone"] = null, ["email"] = null,
        ["mode"] = "test", ["carrier_facility"] = null, ["residential"] = null, ["federal_tax_id"] = null, ["state_tax_id"] = null,
        ["verifications"] = new JsonObject(),
    };

    private static JsonObject CustomsInfo(JsonObject asked, ref int counter)
    {
        var items = new JsonArray();
        foreach (var item in asked["customs_items"]!.AsArray())
        {
            items.Add(new JsonObject
            {
                ["id"] = Id("cstitem", ++counter), ["object"] = "CustomsItem", ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
                ["description"] = item!["description"]?.DeepClone(), ["hs_tariff_number"] = item["hs_tariff_number"]?.DeepClone(),
                ["origin_country"] = item["origin_country"]?.DeepClone(), ["quantity"] = item["quantity"]?.DeepClone(),
                // EasyPost answers the value as a string, whatever was sent.
                ["value"] = item["value"]?.ToString(), ["weight"] = item["weight"]?.DeepClone(), ["code"] = item["code"]?.DeepClone(),
                ["mode"] = "test", ["manufacturer"] = null, ["currency"] = item["currency"]?.DeepClone(), ["eccn"] = null,
                ["printed_commodity_identifier"] = null,
            });
        }

        return new JsonObject
        {
            ["id"] = Id("cstinfo", ++counter), ["object"] = "CustomsInfo", ["created_at"] = Timestamp, ["updated_at"] = Timestamp,
            ["contents_explanation"] = asked["contents_explanation"]?.DeepClone(), ["contents_type"] = asked["contents_type"]?.DeepClone(),
            ["customs_certify"] = false, ["customs_signer"] = null, ["eel_pfc"] = null, ["non_delivery_option"] = "return",
            ["restriction_comments"] = null, ["restriction_type"] = asked["restriction_type"]?.DeepClone() ?? "none", ["mode"] = "test",
            ["declaration"] = null, ["customs_items"] = items,
        };
    }
}
