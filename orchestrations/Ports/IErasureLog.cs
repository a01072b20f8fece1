using Returns.Orchestrations.Privacy;

namespace Returns.Orchestrations.Ports;

/// <summary>The audit of erasure requests: one record per customer, keyed by the salted hash of the email.</summary>
public interface IErasureLog
{
    /// <summary>The deployment's salt for <see cref="CustomerKey"/>: random, made once and then kept.</summary>
    Task<byte[]> SaltAsync(CancellationToken cancellationToken = default);

    Task<ErasureRecord?> GetAsync(string hash, CancellationToken cancellationToken = default);

    Task SaveAsync(ErasureRecord record, CancellationToken cancellationToken = default);
}
