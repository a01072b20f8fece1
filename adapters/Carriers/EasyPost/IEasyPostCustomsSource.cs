using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// The customs lines of a cross-border label: the label request names the items but not their value, tariff code or
/// origin, which customs needs.
/// </summary>
public interface IEasyPostCustomsSource
{
    /// <summary>The lines, or null when the request is not a known return.</summary>
    Task<IReadOnlyList<EasyPostCustomsLine>?> LinesAsync(LabelRequest request, CancellationToken cancellationToken = default);
}
