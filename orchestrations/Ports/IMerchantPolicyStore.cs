using Returns.Orchestrations.Policy;

namespace Returns.Orchestrations.Ports;

/// <summary>Where the merchant's saved policy lives (one per installation).</summary>
public interface IMerchantPolicyStore
{
    /// <summary>The saved policy; null until the merchant saves one.</summary>
    Task<MerchantPolicy?> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(MerchantPolicy policy, CancellationToken cancellationToken = default);
}
