using System.Globalization;
using Returns.Api.Http;
using Xunit.Abstractions;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Hostile input on every public route: seeded mutations of valid requests (see <see cref="FuzzMutator"/>) against the
/// local host's HTTP stack. Never a 5xx; a refused request changes nothing. ./test.sh runs a few thousand cases;
/// RETURNS_FUZZ_CASES runs more, RETURNS_FUZZ_SEED another seed, RETURNS_FUZZ_CASE one case again.
/// </summary>
public sealed class ApiFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int DefaultSeed = 20_261_010;
    public const int DefaultCases = 3_000;

    private FuzzHost _host = null!;
    private FuzzWorld _world = null!;

    public async Task InitializeAsync()
    {
        _host = await FuzzHost.StartAsync();
        _world = await FuzzWorld.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Samples_EveryRoute_TheUnmutatedRequestIsAccepted()
    {
        var refused = new List<string>();
        foreach (var route in ApiRoutes.All)
        {
            var request = FuzzSamples.For(route, _world, FuzzCases.RandomFor(DefaultSeed, 0));
            using var message = request.ToMessage("sample:" + route.Name);
            using var response = await _host.Client.SendAsync(message);
            var status = (int)response.StatusCode;
            // No dead letter exists to retry, and no step is parked: the sample reaches the lookup and is told so.
            var expected = route.Name switch
            {
                "AdminRetryWebhookDelivery" => status == 404,
                "AdminRetryParkedStep" => status == 409,
                _ => status is >= 200 and < 300,
            };
            if (!expected)
                refused.Add($"{route.Name}: {status} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.True(refused.Count == 0, "Samples the fuzzer starts from must be valid:\n" + string.Join("\n", refused));
    }

    [Fact]
    public async Task Fuzz_EveryRoute_NeverA5xxAndARefusedRequestChangesNothing()
    {
        var seed = Setting("RETURNS_FUZZ_SEED") ?? DefaultSeed;
        var cases = Setting("RETURNS_FUZZ_CASES") ?? DefaultCases;
        var indexes = Setting("RETURNS_FUZZ_CASE") is { } one ? [one] : Enumerable.Range(0, cases);
        var runner = new FuzzRunner(_host, _world, seed);

        var outcomes = await runner.RunAsync(indexes);

        output.WriteLine($"seed {seed}, {outcomes.Count} cases");
        output.WriteLine(FuzzRunner.Summary(outcomes));
        var failures = outcomes.Where(o => o.Failure is not null).ToList();
        foreach (var failure in failures.Take(30))
            output.WriteLine(FuzzRunner.Describe(failure, seed));
        foreach (var failure in failures.Skip(30))
            output.WriteLine($"case {failure.Index} ({failure.Route}): {failure.Failure?[..Math.Min(failure.Failure.Length, 300)]}");
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {outcomes.Count} fuzz cases (seed {seed}) broke a rule:\n" + string.Join("\n", failures.Take(15).Select(f => FuzzRunner.Describe(f, seed))));
        if (indexes.Count() < FuzzCases.Rotation.Count * 5)
            return;

        // Most mutated bodies must really be invalid, otherwise the fuzzer tests the happy path. (Routes without a body
        // mostly accept their mutations: junk query parameters and headers are ignored, and that is right.)
        var withBody = outcomes.Where(o => FuzzCases.ReadsBody(o.Route)).ToList();
        var accepted = withBody.Count(o => o.Status is >= 200 and < 300);
        output.WriteLine($"accepted: {accepted} of {withBody.Count} cases on routes with a body, {outcomes.Count(o => o.Status is >= 200 and < 300)} of {outcomes.Count} in all");
        Assert.True(accepted < withBody.Count * 0.35, $"{accepted} of {withBody.Count} mutated bodies were accepted.");
        var covered = outcomes.Select(o => o.Route).ToHashSet();
        Assert.All(ApiRoutes.All, r => Assert.Contains(r.Name, covered));
        // Behind a valid signature the parser itself answers: some mutated webhooks get its 400.
        foreach (var signed in new[] { "ShopifyOrderWebhook", "WooCommerceOrderWebhook", "GenericCarrierEvents", "AfterShipCarrierEvents", "EasyPostCarrierEvents" })
            Assert.Contains(outcomes, o => o.Route == signed && o.Status == 400);
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
