using Returns.Orchestrations.Domain;

namespace Returns.Tests.Domain;

public sealed class OrderNumbersTests
{
    [Theory]
    [InlineData("TW-1001", "TW-1001")]
    [InlineData(" tw-1001 ", "TW-1001")]
    [InlineData("#1001", "1001")]
    [InlineData("  # 1001", "1001")]
    [InlineData("##so-77", "SO-77")]
    [InlineData("\ttw-1001\n", "TW-1001")]
    public void Normalize_TypedForms_GiveOneKey(string typed, string expected)
    {
        Assert.Equal(expected, OrderNumbers.Normalize(typed));
    }

    [Fact]
    public void Normalize_InnerCharacters_AreKept()
    {
        Assert.Equal("TW-10#01", OrderNumbers.Normalize("tw-10#01"));
    }
}
