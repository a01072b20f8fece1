using System.Globalization;

namespace Returns.Tests.Faults;

/// <summary>
/// The size of a fault run. The short version runs inside ./test.sh; RETURNS_FAULT_LONG=1 (or the single settings
/// RETURNS_FAULT_RETURNS, RETURNS_FAULT_KILLS, RETURNS_FAULT_SEED) makes the long one.
/// </summary>
internal sealed record FaultRunOptions(int Returns, int Kills, int Seed, int Concurrency, TimeSpan Stagger, TimeSpan StepTimeout)
{
    public static FaultRunOptions FromEnvironment()
    {
        var longRun = Environment.GetEnvironmentVariable("RETURNS_FAULT_LONG") == "1";
        var options = longRun
            ? new FaultRunOptions(150, 4, 20260110, 40, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(6))
            : new FaultRunOptions(24, 1, 20260110, 24, TimeSpan.FromMilliseconds(150), TimeSpan.FromMinutes(3));
        return options with
        {
            Returns = Number("RETURNS_FAULT_RETURNS") ?? options.Returns,
            Kills = Number("RETURNS_FAULT_KILLS") ?? options.Kills,
            Seed = Number("RETURNS_FAULT_SEED") ?? options.Seed,
        };
    }

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;
}
