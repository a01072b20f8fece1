using Returns.Orchestrations.Routing.Consolidation;

namespace Returns.Tests.Consolidation;

/// <summary>The freight of a consignment split over its parcels by weight, to the last minor unit.</summary>
public sealed class FreightSharesTests
{
    [Fact]
    public void Split_ExactProportions_GivesExactShares()
    {
        Assert.Equal([1_000, 2_000, 3_000], FreightShares.Split(6_000, [100, 200, 300]));
    }

    [Fact]
    public void Split_UnevenWeights_SharesAddUpToTheTotalAndLeftoverGoesToLargestRemainder()
    {
        // Exact: 1175.29, 2938.23, 586.47 -> floors 1175 + 2938 + 586 = 4699; the one unit left goes to .47.
        var shares = FreightShares.Split(4_700, [1_000, 2_500, 499]);

        Assert.Equal([1_175, 2_938, 587], shares);
        Assert.Equal(4_700, shares.Sum());
    }

    [Fact]
    public void Split_EqualWeightsAndLeftover_EarlierParcelsGetTheExtraUnits()
    {
        Assert.Equal([34, 33, 33], FreightShares.Split(100, [5, 5, 5]));
    }

    [Fact]
    public void Split_AllWeightsZero_SplitsEvenly()
    {
        Assert.Equal([4, 3, 3], FreightShares.Split(10, [0, 0, 0]));
    }

    [Fact]
    public void Split_ZeroWeightAmongOthers_GetsNothing()
    {
        Assert.Equal([0, 1_000], FreightShares.Split(1_000, [0, 700]));
    }

    [Fact]
    public void Split_ZeroTotal_AllSharesZero()
    {
        Assert.Equal([0, 0], FreightShares.Split(0, [100, 200]));
        Assert.Empty(FreightShares.Split(0, []));
    }

    [Fact]
    public void Split_HugeAmountsAndWeights_DoNotOverflow()
    {
        var shares = FreightShares.Split(long.MaxValue / 2, [int.MaxValue, int.MaxValue - 1, 1]);

        Assert.Equal(long.MaxValue / 2, shares.Sum());
    }

    [Fact]
    public void Split_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FreightShares.Split(-1, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FreightShares.Split(10, [5, -1]));
        Assert.Throws<ArgumentException>(() => FreightShares.Split(10, []));
    }

    [Fact]
    public void Split_RandomInputs_SumExactlyAndEachShareWithinOneUnitOfItsExactShare()
    {
        var random = new Random(20250602);
        for (var round = 0; round < 2_000; round++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(0, 30_000)).ToArray();
            var total = random.NextInt64(0, 10_000_000);

            var shares = FreightShares.Split(total, weights);

            Assert.Equal(weights.Length, shares.Length);
            Assert.Equal(total, shares.Sum());
            var sum = weights.Sum(w => (decimal)w);
            for (var i = 0; i < weights.Length; i++)
            {
                var exact = sum == 0 ? (decimal)total / weights.Length : total * weights[i] / sum;
                Assert.True(shares[i] >= 0, $"round {round}: negative share");
                Assert.True(Math.Abs(shares[i] - exact) < 1m, $"round {round}: share {shares[i]} is not within one unit of {exact}");
            }

            // Proportional: a heavier parcel never pays less than a lighter one.
            for (var i = 0; i < weights.Length; i++)
            {
                for (var j = 0; j < weights.Length; j++)
                {
                    if (weights[i] > weights[j])
                        Assert.True(shares[i] >= shares[j], $"round {round}: heavier parcel {i} pays {shares[i]} < {shares[j]}");
                }
            }
        }
    }
}
