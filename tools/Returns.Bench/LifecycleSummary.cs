using System.Text.Json;

namespace Returns.Bench;

/// <summary>
/// The figures of one lifecycle run, written with --summary so the overhead tool can set its no-op run against them
/// (the same number of instances, concurrency and poll pacing) and divide.
/// </summary>
internal sealed record LifecycleSummary(
    int Returns,
    int Concurrency,
    int PollMs,
    int MaxPollsPerSecond,
    string? SingleReturnId,
    double? SingleSeconds,
    double TotalSeconds,
    int Completed,
    int Failed,
    int Stuck,
    double P50Seconds,
    double P95Seconds,
    long HttpRequests)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static LifecycleSummary Read(string path) =>
        JsonSerializer.Deserialize<LifecycleSummary>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no lifecycle summary.");
}
