using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>Which rates a label request may be bought at.</summary>
public interface IEasyPostRateChoices
{
    Task<EasyPostRateChoice> ForAsync(LabelRequest request, CancellationToken cancellationToken = default);
}
