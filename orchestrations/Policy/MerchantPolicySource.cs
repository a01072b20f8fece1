using Microsoft.Extensions.Options;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Policy;

/// <summary>The policy in force: the one the merchant saved, else the configured defaults.</summary>
public sealed class MerchantPolicySource(IMerchantPolicyStore store, IOptions<ReturnPolicyOptions> defaults)
{
    public async Task<MerchantPolicy> CurrentAsync(CancellationToken cancellationToken = default) =>
        await store.GetAsync(cancellationToken) ?? MerchantPolicy.FromOptions(defaults.Value);
}
