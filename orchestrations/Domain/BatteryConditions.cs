namespace Returns.Orchestrations.Domain;

public static class BatteryConditions
{
    public const string Intact = "intact";

    /// <summary>Damaged, defective, swollen or overheating: never carried by air.</summary>
    public const string Damaged = "damaged";

    public static IReadOnlyList<string> All { get; } = [Intact, Damaged];
}
