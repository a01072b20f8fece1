using Returns.Orchestrations.Backoffice;

namespace Returns.Tests.Backoffice;

public sealed class StockUnitChecksTests
{
    [Fact]
    public void Problem_ValidUnit_IsNull()
    {
        Assert.Null(StockUnitChecks.Problem(StockSamples.Unit()));
        Assert.Null(StockUnitChecks.Problem(StockSamples.Unit() with { DispositionOverride = DispositionKinds.Donate, Notes = "ok" }));
    }

    public static TheoryData<StockUnit, string> Broken => new()
    {
        { StockSamples.Unit(returnId: " "), "return id" },
        { StockSamples.Unit(sku: ""), "SKU" },
        { StockSamples.Unit(unit: 0), "unit number" },
        { StockSamples.Unit() with { Grade = "E" }, "grade \"E\"" },
        { StockSamples.Unit() with { Disposition = "sell" }, "disposition \"sell\"" },
        { StockSamples.Unit() with { DispositionOverride = "keep" }, "dispositionOverride \"keep\"" },
        { StockSamples.Unit() with { Location = "" }, "location" },
        { StockSamples.Unit() with { Status = "sold" }, "status \"sold\"" },
        { StockSamples.Unit() with { ValueRecovered = -1 }, "must not be negative" },
        { StockSamples.Unit() with { Currency = "eur" }, "currency \"eur\"" },
        { StockSamples.Unit() with { Notes = new string('x', StockUnitChecks.MaxNotesLength + 1) }, "notes" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Problem_BrokenUnit_NamesWhatIsWrong(StockUnit unit, string expected)
    {
        Assert.Contains(expected, StockUnitChecks.Problem(unit));
    }
}
