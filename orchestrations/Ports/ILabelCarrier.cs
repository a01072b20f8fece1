namespace Returns.Orchestrations.Ports;

/// <summary>A carrier that issues return labels.</summary>
public interface ILabelCarrier
{
    string Name { get; }

    /// <summary>Issues a label; a repeated call for the same return gives the same label.</summary>
    Task<IssuedLabel> IssueAsync(LabelRequest request, CancellationToken cancellationToken = default);

    Task VoidAsync(string trackingNumber, CancellationToken cancellationToken = default);
}
