namespace Returns.Orchestrations.Compliance;

/// <summary>
/// How a return parcel may travel under the dangerous-goods rules: the modes allowed, the one to use
/// (<see cref="Mode"/>, null when none is allowed), and the marks the label must carry.
/// </summary>
public sealed record TransportAssessment(IReadOnlyList<string> AllowedModes, IReadOnlyList<string> Marks, IReadOnlyList<DangerousLine> Lines)
{
    public static TransportAssessment Unrestricted { get; } = new(TransportModes.ByPreference, [], []);

    public bool CanShip => AllowedModes.Count > 0;

    public string? Mode => AllowedModes.Count > 0 ? AllowedModes[0] : null;

    public bool HasDangerousGoods => Lines.Count > 0;
}
