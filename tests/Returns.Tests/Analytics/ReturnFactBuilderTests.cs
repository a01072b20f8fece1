using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Tests.Domain;

namespace Returns.Tests.Analytics;

/// <summary>A return's facts, from its stored state, the order, the cost ledger and the returned-stock ledger.</summary>
public sealed class ReturnFactBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 30, 22, 0, 0, TimeSpan.Zero);
    private static readonly ReportingCurrency Eur = new("EUR", DomainSamples.Rules.Current);

    private static ReturnRecord Closed() => DomainSamples.Return(DomainSamples.TeeLine(2) with { Comment = "Fällt klein aus" }, DomainSamples.CoatLine()) with
    {
        CreatedAt = T0,
        Stage = ReturnStages.Closed,
        Route = "direct",
        Sequence = 14,
        Label = new LabelInfo("Returns Post", "standard", "RP1", T0.AddHours(1)),
        Timeline =
        [
            new(ReturnStages.AwaitingConfirmation, T0),
            new(ReturnStages.Approved, T0.AddMinutes(30)),
            new(ReturnStages.LabelIssued, T0.AddMinutes(31)),
            new(ReturnStages.InTransit, T0.AddDays(2)),
            new(ReturnStages.InTransit, T0.AddDays(3), "in_transit · Frankfurt"),
            new(ReturnStages.CustomsHold, T0.AddDays(4)),
            new(ReturnStages.InTransit, T0.AddDays(6)),
            new(ReturnStages.CustomsHold, T0.AddDays(7)),
            new(ReturnStages.Received, T0.AddDays(8)),
            new(ReturnStages.Inspected, T0.AddDays(9)),
            new(ReturnStages.RefundIssued, T0.AddDays(9).AddHours(2)),
            new(ReturnStages.Closed, T0.AddDays(9).AddHours(2)),
        ],
    };

    private static readonly LedgerEntry[] Ledger =
    [
        new("ret-0123456789abcdef", "label", LedgerKinds.Label, 1000, "EUR", T0, "TW"),
        new("ret-0123456789abcdef", "handling", LedgerKinds.Handling, 300, "EUR", T0, "TW"),
        new("ret-0123456789abcdef", "refund", LedgerKinds.Refund, 65000, "EUR", T0, "TW"),
        new("ret-0123456789abcdef", "recovered-tee", LedgerKinds.RecoveredValue, -2000, "EUR", T0, "TW", Sku: "TEE-BLK-M"),
    ];

    [Fact]
    public void Build_ClosedReturn_CountsItInTheMonthRequestedWithStagesAmountsAndGrades()
    {
        StockUnit Unit(int n, string grade, string disposition) =>
            new("ret-0123456789abcdef", "TEE-BLK-M", n, grade, disposition, null, "warehouse", StockStatuses.All[0], 0, "EUR", T0, null);

        var fact = ReturnFactBuilder.Build(Closed(), DomainSamples.Order(), Ledger, [Unit(1, "A", "restock"), Unit(2, "B", "clearance")], Eur, "de");

        Assert.Equal(("2026-10", "DE", "Returns Post", "direct", 14L), (fact.Period, fact.Market, fact.Carrier, fact.Route, fact.Version));
        Assert.True(fact.Requested && fact.Returned);
        Assert.Equal(ReturnStages.Closed, fact.Outcome);
        var spans = fact.Stages.ToDictionary(s => s.Stage, s => s.Seconds);
        Assert.Equal(2 * 86_400 - 31 * 60, spans[ReturnStages.LabelIssued]);
        Assert.Equal(3 * 86_400, spans[ReturnStages.InTransit]); // days 2→4 and 6→7: the note in between does not split it
        Assert.Equal(3 * 86_400, spans[ReturnStages.CustomsHold]); // two holds, added
        Assert.Equal(86_400, spans[ReturnStages.Received]);
        Assert.Equal((9 * 24 + 2) * 3600L, spans[StageSpans.ToResolution]);
        Assert.DoesNotContain(ReturnStages.Closed, spans.Keys);

        Assert.Equal(1300, fact.Cost);
        Assert.Equal(65000, fact.Refunded);
        Assert.Equal(2000, fact.Recovered);
        var tee = fact.Lines[0];
        Assert.Equal(("TEE-BLK-M", 5000L, 2000L), (tee.Sku, tee.Value, tee.Recovered));
        Assert.Equal([new GradedUnits("A", "restock", 1), new GradedUnits("B", "clearance", 1)], tee.Grades);
        Assert.Equal(fact.Cost, fact.Lines.Sum(l => l.Cost));
        Assert.Equal(fact.Refunded, fact.Lines.Sum(l => l.Refunded));
        Assert.Equal("COAT-GRY-L", fact.Lines[1].Product); // not on the order: its own product
    }

    [Theory]
    [InlineData(ReturnStages.AwaitingConfirmation, false, false)]
    [InlineData(ReturnStages.AwaitingApproval, true, false)]
    [InlineData(ReturnStages.Rejected, true, false)]
    [InlineData(ReturnStages.Expired, true, false)]
    [InlineData(ReturnStages.InTransit, true, true)]
    public void Build_Stage_DecidesWhetherTheReturnCounts(string stage, bool requested, bool returned)
    {
        var timeline = stage switch
        {
            ReturnStages.AwaitingConfirmation => new TimelineEntry[] { new(stage, T0) },
            ReturnStages.AwaitingApproval or ReturnStages.Rejected => [new(ReturnStages.AwaitingConfirmation, T0), new(stage, T0.AddHours(1))],
            _ => [new(ReturnStages.AwaitingConfirmation, T0), new(ReturnStages.Approved, T0.AddHours(1)), new(stage, T0.AddDays(1))],
        };

        var fact = ReturnFactBuilder.Build(DomainSamples.Return() with { Stage = stage, Timeline = timeline, CreatedAt = T0 }, null, [], [], Eur, "de");

        Assert.Equal((requested, returned), (fact.Requested, fact.Returned));
        Assert.Equal(ReturnStages.IsTerminal(stage) ? stage : null, fact.Outcome);
    }

    [Fact]
    public void Build_CancelledBeforeConfirmation_IsNotARequest()
    {
        var record = DomainSamples.Return() with
        {
            Stage = ReturnStages.Cancelled, Timeline = [new(ReturnStages.AwaitingConfirmation, T0), new(ReturnStages.Cancelled, T0.AddDays(2))],
        };

        Assert.False(ReturnFactBuilder.Build(record, null, [], [], Eur, "de").Requested);
        Assert.True(Contributions.ForReturn(ReturnFactBuilder.Build(record, null, [], [], Eur, "de")).Contribution.IsEmpty);
    }

    [Fact]
    public void ProductKeys_VariantsOfOneProduct_ShareTheStemOfSkuAndName()
    {
        var line = new OrderLine("TEE-BLK-M", "Tee black M", 1, 2500,
            Variants: [new OrderVariant("TEE-BLK-S", "Tee black S", true), new OrderVariant("TEE-BLK-L", "Tee black L", true)]);

        Assert.Equal(("TEE-BLK", "Tee black"), ProductKeys.For(line));
        Assert.Equal(("MUG", "Mug"), ProductKeys.For(new OrderLine("MUG", "Mug", 1, 100)));
    }

    [Fact]
    public void ReportingCurrency_ConvertsBetweenCurrenciesWithTheirDecimals()
    {
        var usd = new ReportingCurrency("USD", DomainSamples.Rules.Current);
        var perUsd = DomainSamples.Rules.Current.Rates.PerUsd;

        Assert.Equal(1000, usd.Convert(1000, "USD"));
        Assert.Equal((long)Math.Round(10000 / perUsd["JPY"] * 100), usd.Convert(10000, "JPY"));
        Assert.Equal(0, usd.Convert(1000, "XXX"));
    }

    [Fact]
    public void DurationBuckets_QuantileEstimates_AreWithinABucketOfTheExactValue()
    {
        var random = new Random(5);
        var seconds = Enumerable.Range(0, 5000).Select(_ => (long)Math.Exp(random.NextDouble() * 14) + 60).Order().ToArray();
        var buckets = new long[DurationBuckets.Count];
        foreach (var s in seconds)
            buckets[DurationBuckets.Of(s)]++;

        foreach (var q in new[] { 0.5, 0.9 })
        {
            var exact = seconds[(int)Math.Ceiling(q * seconds.Length) - 1];
            var estimate = DurationBuckets.Quantile(buckets, q)!.Value;
            Assert.InRange(estimate / exact, 0.8, 1.25);
        }

        Assert.Null(DurationBuckets.Quantile(new long[DurationBuckets.Count], 0.5));
    }
}
