using Returns.Api.Http;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Case <c>i</c> of seed <c>s</c>: a route (every route of <see cref="ApiRoutes.All"/> in turn, routes that read a
/// body three times as often), its valid sample and the mutations of a <see cref="Random"/> seeded with (s, i), so
/// any case can be built again on its own.
/// </summary>
public static class FuzzCases
{
    private static readonly string[] BodyRoutes =
    [
        "PutOrder", "ShopifyOrderWebhook", "WooCommerceOrderWebhook", "PortalLookup", "UploadPhoto", "CreateReturn",
        "GenericCarrierEvents", "AfterShipCarrierEvents", "EasyPostCarrierEvents", "AdminDecision", "AdminReceipt",
        "AdminInspection", "AdminUploadPhoto", "AdminPutPolicy", "AdminPutRouting", "AdminGradingSuggest", "AdminUpdateStock",
    ];

    /// <summary>The rotation of routes: each once, those that read a body three times.</summary>
    public static IReadOnlyList<ApiRoutes.Route> Rotation { get; } =
        [.. ApiRoutes.All.SelectMany(r => Enumerable.Repeat(r, BodyRoutes.Contains(r.Name) ? 3 : 1))];

    /// <summary>A generator for one case, the same in every process (unlike HashCode, which is seeded per process).</summary>
    public static bool ReadsBody(string routeName) => BodyRoutes.Contains(routeName);

    public static Random RandomFor(int seed, int index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) | (uint)index) + 0x9E3779B97F4A7C15UL;
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return new Random((int)(x ^ (x >> 31)));
    }

    public static FuzzRequest Build(int seed, int index, FuzzWorld world)
    {
        var random = RandomFor(seed, index);
        var request = FuzzSamples.For(Rotation[index % Rotation.Count], world, random);
        FuzzMutator.Mutate(request, random);
        return request;
    }
}
