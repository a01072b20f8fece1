namespace Returns.Orchestrations.Workflow;

/// <summary>
/// Asks for the return label. <see cref="LabelExpiry"/> is the workflow's own label expiry (from its
/// input timings), so the drop-off date printed on the label is the one the workflow enforces.
/// </summary>
public sealed record IssueLabelRequest(string ReturnId, TimeSpan LabelExpiry);
