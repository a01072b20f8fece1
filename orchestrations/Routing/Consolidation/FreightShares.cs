namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// Splits a consignment's freight over its parcels by weight with the largest-remainder method: every parcel gets the
/// whole minor units of its exact share, and the units left over go one each to the parcels with the largest
/// fractions (ties: the earlier parcel), so the shares always add up to the total exactly.
/// </summary>
public static class FreightShares
{
    /// <param name="total">The amount to split, in minor units (not negative).</param>
    /// <param name="weights">One weight per parcel (not negative); when all are zero the total is split evenly.</param>
    /// <returns>One share per weight, in the same order.</returns>
    public static long[] Split(long total, IReadOnlyList<int> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count == 0)
        {
            return total == 0 ? [] : throw new ArgumentException("There is no parcel to charge the freight to.", nameof(weights));
        }

        if (weights.Any(w => w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "A weight is negative.");
        }

        var basis = weights.All(w => w == 0) ? weights.Select(_ => 1L).ToArray() : weights.Select(w => (long)w).ToArray();
        Int128 sum = basis.Sum();
        var shares = new long[basis.Length];
        var remainders = new Int128[basis.Length];
        long given = 0;
        for (var i = 0; i < basis.Length; i++)
        {
            var exact = (Int128)total * basis[i];
            shares[i] = (long)(exact / sum);
            remainders[i] = exact % sum;
            given += shares[i];
        }

        var left = total - given; // fewer than basis.Length units
        foreach (var i in Enumerable.Range(0, basis.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            shares[i]++;
        }

        return shares;
    }
}
