using Returns.Load;
using Xunit.Abstractions;

namespace Returns.Tests.EndToEnd;

/// <summary>
/// The load generator's smoke run (tools/Returns.Load --smoke) against the real local host process: a few seconds of
/// lookups, carrier webhooks and creations at tiny rates. It checks correctness only, never speed: nothing answers 5xx
/// or fails, and every accepted carrier event, repeats included, is in its return's timeline exactly once.
/// The full run with rising rates is scripts/load.sh.
/// </summary>
public sealed class LoadSmokeEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LoadSmoke_TinyRatesAgainstTheLocalHost_NoServerErrorAndEveryAcceptedEventReflectedOnce()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var (options, message) = LoadOptions.Parse(
        [
            "--smoke",
            "--url", host.BaseAddress.ToString(),
            "--link-key", Path.Combine(host.DataDir, "link-signing.key"),
            "--api-key", LocalHostProcess.AdminApiKey,
            "--secret", LocalHostProcess.CarrierWebhookSecret,
        ]);
        Assert.True(options is not null, message);

        using var timeout = new CancellationTokenSource(options.Timeout);
        var log = new StringWriter();
        var report = await LoadRun.RunAsync(options, log, timeout.Token);
        report.Print(log);
        output.WriteLine(log.ToString());

        Assert.True(report.Correct, $"{log}\n--- host output (tail) ---\n{host.OutputTail()}");
        Assert.Equal(["lookup", "webhook", "creation"], report.Stages.Select(s => s.Kind));
        Assert.All(report.Stages, s => Assert.Equal((s.Sent, 0, 0), (s.Ok, s.ServerErrors, s.Failures)));
        var reflection = Assert.IsType<ReflectionResult>(report.Reflection);
        Assert.True(reflection.Accepted > 0);
        Assert.Equal((reflection.Accepted, 0), (reflection.Reflected, reflection.Doubled));
        Assert.True(report.WebhookRepeats > 0, "the smoke run repeats some event ids");
    }
}
