using Returns.Orchestrations.Domain;

namespace Returns.Tests.Domain;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData(123456, "EUR", "1,234.56 EUR")]
    [InlineData(5, "usd", "0.05 USD")]
    [InlineData(0, "EUR", "0.00 EUR")]
    [InlineData(150000, "JPY", "150,000 JPY")]
    [InlineData(9900, "krw", "9,900 KRW")]
    [InlineData(1234, "KWD", "1.234 KWD")]
    [InlineData(-2550, "GBP", "-25.50 GBP")]
    public void Format_MinorUnits_UsesTheCurrencysDecimals(long amount, string currency, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Format(new Money(amount, currency)));
    }

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("jpy", 0)]
    [InlineData("BHD", 3)]
    [InlineData("TWD", 2)]
    public void Decimals_KnownCurrencies_MatchIso4217(string currency, int expected)
    {
        Assert.Equal(expected, MoneyFormat.Decimals(currency));
    }

    [Fact]
    public void ToMajor_ThreeDecimalCurrency_DividesByThousand()
    {
        Assert.Equal(1.5m, MoneyFormat.ToMajor(new Money(1500, "OMR")));
    }

    [Fact]
    public void Money_AddOtherCurrency_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new Money(1, "EUR").Add(new Money(1, "USD")));
        Assert.Equal(new Money(3, "EUR"), new Money(1, "EUR").Add(new Money(2, "EUR")));
    }
}
