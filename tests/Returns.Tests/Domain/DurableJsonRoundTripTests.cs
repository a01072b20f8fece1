using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Domain;

/// <summary>
/// Every record that crosses a durable boundary (orchestration input/output, activity input/output,
/// external event) survives serialisation with the Durable Task SDK's default converter and with
/// web (camelCase) options as used by the Functions worker. Records hold lists, so equality is
/// checked by re-serialising; every sample fills every settable property with a non-default value
/// so a property that is dropped on the way back shows up.
/// </summary>
public sealed class DurableJsonRoundTripTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 9, 15, 30, 45, TimeSpan.Zero);

    public static readonly TheoryData<string> Converters = ["sdk-default", "web"];

    private static DataConverter Converter(string name) => name switch
    {
        "sdk-default" => JsonDataConverter.Default,
        "web" => new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static ReceiptDetails Receipt => new("Taipei hub", [new ReceivedLine("TEE-BLK-M", 2), new ReceivedLine("MUG", 1)], At) { Flags = [ReceiptFlags.MissingItems], Note = "one short", Photos = ["AbCdEfGhIjKlMnOpQrStUv"] };

    private static IReadOnlyList<InspectedLine> Inspection => [new InspectedLine("TEE-BLK-M", 1, "A", "like new", "restock"), new InspectedLine("TEE-BLK-M", 1, "D", "torn", "recycle")];

    private static LabelInfo Label => new("DHL", "Returns Connect", "JD014600006281234567", At, Voided: true);

    private static RefundInfo Refund => new(Resolutions.StoreCredit, 123456, "EUR", "succeeded", "re_42", At);

    private static ExchangeShipment Exchange => new("TEE-BLK-L", 2, "UPS", "1Z999", At, [new ExchangeItem("TEE-BLK-L", 1), new ExchangeItem("CAP-NAVY", 1)]);

    private static readonly RefundTerms Terms = new(10, 500)
    {
        OutboundDelivery = 495,
        LossOfValuePercentByGrade = new Dictionary<string, int> { ["C"] = 30 },
        LegalRefundDeadline = new Orchestrations.Compliance.RefundDeadline(14, "calendarDays", "notice"),
    };

    private static readonly Orchestrations.Routing.RouteDecision Decision = new(
        RouteKinds.HubConsolidated, "EUR",
        [new Orchestrations.Routing.RouteOption(
            RouteKinds.HubConsolidated, true, new Money(-9_970, "EUR"), 5,
            [new Orchestrations.Routing.CostItem("domestic_leg", 450, "to Leipzig"), new Orchestrations.Routing.CostItem("recovered_value", -11_200, "restocked")],
            ["none"], "returns-post", "standard", "hub-de", "ground")],
        At, "2026.11.1");

    private static T RoundTrip<T>(T value, string converterName)
    {
        var converter = Converter(converterName);
        var json = converter.Serialize(value);
        Assert.NotNull(json);
        var back = converter.Deserialize<T>(json);
        Assert.NotNull(back);
        Assert.Equal(json, converter.Serialize(back));
        return back;
    }

    /// <summary>Fails when a sample leaves a settable property at null or its type's default.</summary>
    private static void AssertFullyFilled(object sample, string path = "")
    {
        foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetIndexParameters().Length > 0)
                continue;
            var value = property.GetValue(sample);
            var name = path + property.Name;
            Assert.True(value is not null, $"{name} is null in the sample");
            var type = property.PropertyType;
            if (type.IsValueType && type != typeof(bool))
                Assert.True(!value.Equals(Activator.CreateInstance(type)), $"{name} has its default value in the sample");
            if (value is string s)
                Assert.True(s.Length > 0, $"{name} is empty in the sample");
            else if (value is IEnumerable items)
            {
                var list = items.Cast<object>().ToList();
                Assert.True(list.Count > 0, $"{name} is empty in the sample");
                foreach (var item in list.Where(i => i.GetType().IsClass && i is not string))
                    AssertFullyFilled(item, name + "[].");
            }
            else if (type.IsClass)
                AssertFullyFilled(value, name + ".");
        }
    }

    private static T Filled<T>(T sample)
        where T : notnull
    {
        AssertFullyFilled(sample);
        return sample;
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void ReturnWorkflowInput_RoundTrip_KeepsTimingsAndReminderLimit(string converter)
    {
        var input = Filled(new ReturnWorkflowInput("ret-1", Resolutions.Mixed, new WorkflowTimings(
            TimeSpan.FromDays(2), TimeSpan.FromHours(36), TimeSpan.FromSeconds(3.5), TimeSpan.FromDays(14), TimeSpan.FromMilliseconds(1500))
        {
            MaxInspectionReminders = 7,
        }, [Resolutions.Refund, Resolutions.Exchange]) { Revision = ReturnWorkflowInput.CurrentRevision });

        var back = RoundTrip(input, converter);

        Assert.Equal(ReturnWorkflowInput.CurrentRevision, back.Revision);
        Assert.Equal(input.Settlements, back.Settlements);
        Assert.Equal(input with { Settlements = null }, back with { Settlements = null });
        Assert.Equal(7, back.Timings.MaxInspectionReminders);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), back.Timings.InspectionTimeout);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void ReturnOutcome_RoundTrip_KeepsEveryField(string converter)
    {
        var outcome = Filled(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued, "done"));

        Assert.Equal(outcome, RoundTrip(outcome, converter));
    }

    public static TheoryData<string, string> EventFactories()
    {
        var data = new TheoryData<string, string>();
        foreach (var converter in new[] { "sdk-default", "web" })
            foreach (var kind in new[] { ReturnEventKinds.Confirmation, ReturnEventKinds.Decision, ReturnEventKinds.Scan, ReturnEventKinds.Receipt, ReturnEventKinds.Inspection })
                data.Add(converter, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(EventFactories))]
    public void ReturnEvent_EveryFactory_RoundTripsWithPayload(string converter, string kind)
    {
        var returnEvent = kind switch
        {
            ReturnEventKinds.Confirmation => ReturnEvent.Confirmation("confirmation", At),
            ReturnEventKinds.Decision => ReturnEvent.Decision("decision", At, approve: false, note: "Worn."),
            ReturnEventKinds.Scan => ReturnEvent.Scan("aftership:evt-1", At, ScanCodes.CustomsHold, "Frankfurt", "Held for inspection"),
            ReturnEventKinds.Receipt => ReturnEvent.ForReceipt("receipt", Receipt),
            _ => ReturnEvent.ForInspection("inspection", At, Inspection),
        };

        var back = RoundTrip(returnEvent, converter);

        Assert.Equal((kind, returnEvent.EventId, At), (back.Kind, back.EventId, back.OccurredAt));
        Assert.Equal(returnEvent.Approve, back.Approve);
        Assert.Equal(returnEvent.Note, back.Note);
        Assert.Equal(returnEvent.ScanCode, back.ScanCode);
        Assert.Equal(returnEvent.Location, back.Location);
        Assert.Equal(returnEvent.Receipt?.Lines, back.Receipt?.Lines);
        Assert.Equal(returnEvent.Inspection, back.Inspection);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void ReturnEvent_AllFieldsSet_RoundTrip(string converter)
    {
        var returnEvent = Filled(ReturnEvent.Scan("e", At, ScanCodes.Delivered, "Taipei", "Signed") with
        {
            Approve = false,
            Receipt = Receipt,
            Inspection = Inspection,
        });

        var back = RoundTrip(returnEvent, converter);

        Assert.False(back.Approve);
        Assert.Equal(Receipt.Lines, back.Receipt!.Lines);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void StageChange_WithReceiptInspectionAndNotify_RoundTrips(string converter)
    {
        var change = Filled(new StageChange("ret-1", 5, ReturnStages.Inspected, At, true, "TEE x2")
        {
            Receipt = Receipt,
            Inspection = Inspection,
            Route = RouteKinds.Direct,
            DecisionNote = "ok",
            Notify = false,
            MoreNotes = ["in_transit · Hanover"],
            Attention = new ReturnAttention(ReturnAttention.Refund, At, "StripeTransientPaymentException: Stripe api_error (HTTP 500)", 2),
        });

        var back = RoundTrip(change, converter);

        Assert.Equal(change.MoreNotes, back.MoreNotes);
        Assert.False(back.Notify);
        Assert.True(back.StageChanged);
        Assert.Equal(Inspection, back.Inspection);
        Assert.Equal(Receipt.Lines, back.Receipt!.Lines);
        Assert.Equal(change.Attention, back.Attention);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void ScanReconciliation_AndTheMissedScans_RoundTrip(string converter)
    {
        var request = Filled(new ScanReconciliation("ret-1", ["confirmation", "generic:evt-1"]));
        IReadOnlyList<ReturnEvent> missed = [Filled(ReturnEvent.Scan("generic:evt-2", At, ScanCodes.PickedUp, "Berlin", "Picked up") with
        {
            Approve = false,
            Receipt = Receipt,
            Inspection = Inspection,
        })];

        var back = RoundTrip(request, converter);
        var backMissed = RoundTrip(missed, converter);

        Assert.Equal(request.SeenEventIds, back.SeenEventIds);
        Assert.Equal(("generic:evt-2", ScanCodes.PickedUp, "Berlin"), (backMissed[0].EventId, backMissed[0].ScanCode, backMissed[0].Location));
    }

    [Fact]
    public void ReturnWorkflowInput_StoredBeforeRevisions_ReadsAsRevisionZero()
    {
        var stored = JsonSerializer.Serialize(new ReturnWorkflowInput("ret-1", Resolutions.Refund, new WorkflowTimings(
            TimeSpan.FromDays(2), TimeSpan.FromDays(2), TimeSpan.FromDays(14), TimeSpan.FromDays(14), TimeSpan.FromDays(5))));
        var withoutRevision = stored.Replace("\"Revision\":0,", "", StringComparison.Ordinal).Replace(",\"Revision\":0", "", StringComparison.Ordinal);

        Assert.DoesNotContain("Revision", withoutRevision, StringComparison.Ordinal);
        Assert.Equal(0, JsonSerializer.Deserialize<ReturnWorkflowInput>(withoutRevision)!.Revision);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void StageChange_NotifyDefault_StaysTrue(string converter)
    {
        var back = RoundTrip(new StageChange("ret-1", 1, ReturnStages.AwaitingConfirmation, At, true), converter);

        Assert.True(back.Notify);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void SmallRecords_RoundTrip_Equal(string converter)
    {
        object[] samples =
        [
            new PolicyDecision(PolicyOutcomes.Review, "Above 500 EUR.", true) { RefundDeadline = new Orchestrations.Compliance.RefundDeadline(3, "businessDays", "goodsReceived") },
            new RoutePlan(RouteKinds.HubConsolidated, "Via the hub.") { Transport = "ground", DangerousGoodsBlocked = true, CarrierId = "returns-post", ServiceId = "standard", HubId = "hub-de" },
            new ReminderRequest("ret-1", ReminderKinds.InspectionLate, 4) { Attempt = 2, DueBy = At },
            new SettlementRequest("ret-1", Resolutions.StoreCredit),
            new Orchestrations.Exchanges.InstantExchangeInput("ret-1", TimeSpan.FromDays(30)),
            new VoidLabelRequest("ret-1", "JD0146"),
            new IssueLabelRequest("ret-1", TimeSpan.FromDays(14)),
            Label,
            Refund,
        ];

        foreach (var sample in samples)
        {
            AssertFullyFilled(sample);
            var dataConverter = Converter(converter);
            var json = dataConverter.Serialize(sample);
            var back = dataConverter.Deserialize(json, sample.GetType());
            Assert.Equal(sample, back);
        }
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void TaxClaimReminderInput_RoundTrip_KeepsIntervalAndLeadDays(string converter)
    {
        var input = Filled(new TaxClaimReminderInput(TimeSpan.FromHours(6), [30, 7]));

        var back = RoundTrip(input, converter);

        Assert.Equal(TimeSpan.FromHours(6), back.Interval);
        Assert.Equal([30, 7], back.LeadDays);
    }

    [Theory]
    [MemberData(nameof(Converters))]
    public void ReturnRecord_FullyFilled_RoundTrips(string converter)
    {
        var record = Filled(new ReturnRecord(
            "ret-1", "TW-1001", "anna@example.de", "Anna Schmidt", "de-DE", "EUR", Resolutions.Exchange,
            [new ReturnLine("TEE-BLK-M", "Tee black M", 2, 2500, "size_too_small", "too tight", Resolutions.Exchange, "TEE-BLK-L", ["photo-1"], "610910", "TW", BatteryConditions.Intact)
                { Topics = new Orchestrations.Analytics.Themes.CommentAnalysis("de", ["runs_small"], ["zipper"]) }],
            ReturnStages.Closed, At.AddDays(-9), At, "DE", "TW", "TEE-BLK-L")
        {
            Timeline = [new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddDays(-9), "Return requested")],
            Label = Label,
            Documents = ["label", "commercial-invoice"],
            Refund = Refund,
            Credit = Refund with { Kind = Resolutions.StoreCredit },
            Terms = Terms,
            Receipt = Receipt,
            Inspection = Inspection,
            Exchange = Exchange,
            ExchangeCharge = Refund with { Kind = "exchangeCharge" },
            InstantExchange = true,
            Route = RouteKinds.Direct,
            RouteDecision = Decision,
            DecisionNote = "ok",
            Sequence = 9,
            ErasedAt = At,
            Attention = new ReturnAttention(ReturnAttention.Label, At, "EasyPostTransientException: 503", 1),
            SupersededSteps = [4],
        });

        var back = RoundTrip(record, converter);

        Assert.Equal(9, back.Sequence);
        Assert.Equal(record.Lines[0].Topics, back.Lines[0].Topics);
        Assert.Equal(record.Attention, back.Attention);
        Assert.Equal([4], back.SupersededSteps);
        Assert.Equal(Exchange.Items, back.Exchange!.Items);
        Assert.Equal(Decision.Options[0].Breakdown, back.RouteDecision!.Options[0].Breakdown);
        Assert.Equal(Decision.Options[0].Reasons, back.RouteDecision.Options[0].Reasons);
        Assert.Equal(record.Credit, back.Credit);
        Assert.Equal(Terms with { LossOfValuePercentByGrade = null }, back.Terms! with { LossOfValuePercentByGrade = null });
        Assert.Equal(Terms.LossOfValuePercentByGrade, back.Terms!.LossOfValuePercentByGrade);
        Assert.Equal(record.Lines[0].Photos, back.Lines[0].Photos);
        Assert.Equal(record.Lines.Select(l => l with { Photos = [] }), back.Lines.Select(l => l with { Photos = [] }));
        Assert.Equal(record.Timeline, back.Timeline);
        Assert.Equal(record.Documents, back.Documents);
        Assert.True(back.Label!.Voided);
        Assert.True(back.CrossBorder);
    }
}
