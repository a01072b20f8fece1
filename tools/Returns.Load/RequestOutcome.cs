namespace Returns.Load;

/// <summary>The answer to one load request: its HTTP status (0 when no answer came) and whether it is what the stage expects.</summary>
internal readonly record struct RequestOutcome(int Status, bool Expected)
{
    public static RequestOutcome Failed => new(0, false);
}
