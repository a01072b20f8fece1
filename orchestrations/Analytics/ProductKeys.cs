using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// The product a SKU belongs to. Orders name variants ("TEE-BLK-M" with "TEE-BLK-S", "TEE-BLK-L"): the product is
/// what the variants share ("TEE-BLK", "Tee black"); a line without variants is its own product.
/// </summary>
public static class ProductKeys
{
    private const int MinimumStem = 2;

    public static (string Id, string Name) For(OrderLine line)
    {
        if (line.Variants.Count == 0)
            return (line.Sku, line.Name);
        var id = Stem([line.Sku, .. line.Variants.Select(v => v.Sku)]);
        if (id.Length < MinimumStem)
            return (line.Sku, line.Name);
        var name = Stem([line.Name, .. line.Variants.Select(v => v.Name)]);
        return (id, name.Length >= MinimumStem ? name : line.Name);
    }

    /// <summary>The common prefix, without the separator left at its end ("TEE-BLK-" → "TEE-BLK").</summary>
    private static string Stem(IReadOnlyList<string> values)
    {
        var prefix = values[0];
        foreach (var value in values.Skip(1))
        {
            var n = 0;
            while (n < prefix.Length && n < value.Length && prefix[n] == value[n])
                n++;
            prefix = prefix[..n];
        }

        return prefix.TrimEnd(' ', '-', '_', '/', '.', '·');
    }
}
