using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Routing.Consolidation;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>The records of the consolidation survive the durable boundary (both converters) and storage JSON.</summary>
public sealed class ConsolidationJsonRoundTripTests
{
    public static readonly TheoryData<string> Converters = ["sdk-default", "web"];

    private static DataConverter Converter(string name) => name switch
    {
        "sdk-default" => JsonDataConverter.Default,
        "web" => new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Converters))]
    public void HubConsolidationInput_RoundTrip_KeepsHubAndInterval(string converter)
    {
        var input = new HubConsolidationInput("tw-tpe", TimeSpan.FromMinutes(90));

        var back = Converter(converter).Deserialize<HubConsolidationInput>(Converter(converter).Serialize(input));

        Assert.Equal(input, back);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void HubParcelRequest_RoundTrip_KeepsReturnAndHub(string converter)
    {
        var request = new HubParcelRequest("ret-4c1d9e20", "tw-tpe");

        var back = Converter(converter).Deserialize<HubParcelRequest>(Converter(converter).Serialize(request));

        Assert.Equal(request, back);
    }

    [Fact]
    public void ConsolidatedShipment_StoredJson_RoundTrips()
    {
        var shipment = new ConsolidatedShipment(
            "tw-tpe-r1", "tw-tpe", "TW", "DE", At, [Parcel("r1", 700, At), Parcel("r2", 300, At)], 2_300, "TWD",
            new Dictionary<string, long> { ["r1"] = 1_610, ["r2"] = 690 });

        var json = StoredJson.Serialize(shipment);
        var back = StoredJson.Deserialize<ConsolidatedShipment>(json);

        Assert.Equal(json, StoredJson.Serialize(back));
        Assert.Equal(1_000, back.WeightGrams);
        Assert.Equal(690, back.ShareByReturn["r2"]);
    }
}
