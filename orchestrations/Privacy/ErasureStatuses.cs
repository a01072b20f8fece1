namespace Returns.Orchestrations.Privacy;

/// <summary>Where an erasure request stands in its audit record.</summary>
public static class ErasureStatuses
{
    /// <summary>Refused: returns of the customer were still in progress; nothing was changed.</summary>
    public const string Refused = "refused";

    /// <summary>Started and not finished (a crash in between): asking again finishes it.</summary>
    public const string Started = "started";

    public const string Completed = "completed";
}
