using Returns.Orchestrations.Backoffice;

namespace Returns.Tests.Backoffice;

/// <summary>The returned-stock CSV: RFC 4180 quoting, CRLF rows, money in major units, no formulas for spreadsheets.</summary>
public sealed class StockLedgerCsvTests
{
    private static string[] Rows(string csv)
    {
        Assert.EndsWith("\r\n", csv);
        return csv[..^2].Split("\r\n");
    }

    [Fact]
    public void Write_NoUnits_IsTheHeaderOnly()
    {
        Assert.Equal(
            "returnId,sku,unit,grade,disposition,dispositionOverride,effectiveDisposition,location,status,valueRecovered,currency,updatedAt,notes\r\n",
            StockLedgerCsv.Write([]));
    }

    [Fact]
    public void Write_PlainUnit_IsOneUnquotedRow()
    {
        var unit = StockSamples.Unit() with { ValueRecovered = 1250, Status = StockStatuses.ListedForClearance, UpdatedAt = new DateTimeOffset(2026, 3, 2, 17, 30, 5, TimeSpan.FromHours(8)) };

        var rows = Rows(StockLedgerCsv.Write([unit]));

        Assert.Equal(2, rows.Length);
        Assert.Equal("RT-ABCDEFGH,TEE-BLK-M,1,B,clearance,,clearance,hub-de,listed_for_clearance,12.50,EUR,2026-03-02T09:30:05Z,", rows[1]);
    }

    [Theory]
    [InlineData(1250, "EUR", "12.50")]
    [InlineData(0, "USD", "0.00")]
    [InlineData(1500, "JPY", "1500")]
    [InlineData(12345, "KWD", "12.345")]
    public void Write_ValueRecovered_IsInMajorUnitsWithTheCurrencysDecimals(long minor, string currency, string expected)
    {
        var row = Rows(StockLedgerCsv.Write([StockSamples.Unit() with { ValueRecovered = minor, Currency = currency }]))[1].Split(',');

        Assert.Equal(expected, row[9]);
        Assert.Equal(currency, row[10]);
    }

    [Fact]
    public void Write_Override_IsTheEffectiveDisposition()
    {
        var row = Rows(StockLedgerCsv.Write([StockSamples.Unit() with { DispositionOverride = DispositionKinds.Donate }]))[1].Split(',');

        Assert.Equal(new[] { "clearance", "donate", "donate" }, row[4..7]);
    }

    [Theory]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line 1\r\nline 2", "\"line 1\r\nline 2\"")]
    [InlineData("line 1\nline 2", "\"line 1\nline 2\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("fine = ok", "fine = ok")]
    [InlineData("", "")]
    public void Write_Notes_AreQuotedAndNeverAFormula(string notes, string expected)
    {
        var csv = StockLedgerCsv.Write([StockSamples.Unit() with { Notes = notes }]);

        var header = csv.IndexOf("\r\n", StringComparison.Ordinal) + 2;
        Assert.EndsWith("," + expected + "\r\n", csv[header..]);
    }

    [Fact]
    public void Write_SkuAndLocationFromPeople_AreQuotedAndDefused()
    {
        var unit = StockSamples.Unit(sku: "-SKU,1") with { Location = "=cmd|' /C calc'!A0" };

        var row = Rows(StockLedgerCsv.Write([unit]))[1];

        Assert.StartsWith("RT-ABCDEFGH,\"'-SKU,1\",1,", row);
        Assert.Contains(",'=cmd|' /C calc'!A0,", row);
    }

    [Fact]
    public void Write_SeveralUnits_KeepsTheirOrder()
    {
        var rows = Rows(StockLedgerCsv.Write([StockSamples.Unit(unit: 2), StockSamples.Unit(unit: 1), StockSamples.Unit(sku: "MUG-01")]));

        Assert.Equal(new[] { "2", "1", "1" }, rows[1..].Select(r => r.Split(',')[2]));
        Assert.Equal("MUG-01", rows[3].Split(',')[1]);
    }
}
