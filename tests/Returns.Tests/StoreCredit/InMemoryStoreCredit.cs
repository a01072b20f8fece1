using System.Collections.Concurrent;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;

namespace Returns.Tests.StoreCredit;

/// <summary>The store-credit ledger in memory, for workflow tests: the same contract as the table one (see <see cref="StoreCreditContractTests"/>).</summary>
public sealed class InMemoryStoreCredit(StoreCreditCodes? codes = null) : IStoreCredit
{
    private readonly ConcurrentDictionary<string, StoreCreditEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<StoreCreditEntry> Entries => [.. _entries.Values];

    public Task<StoreCreditEntry> GrantAsync(StoreCreditGrant grant, CancellationToken ct = default)
    {
        var entry = StoreCreditEntry.Issue(grant, codes);
        var key = entry.CustomerEmail.ToLowerInvariant() + "\n" + entry.GrantId;
        return Task.FromResult(_entries.GetOrAdd(key, entry));
    }

    public Task<StoreCreditBalance> BalanceAsync(string customerEmail, string currency, DateTimeOffset at, CancellationToken ct = default) =>
        Task.FromResult(StoreCreditBalance.Of(customerEmail, currency, _entries.Values, at));

    public Task<int> ReassignAsync(string customerEmail, string toEmail, CancellationToken ct = default)
    {
        var from = customerEmail.Trim().ToLowerInvariant();
        var to = toEmail.Trim().ToLowerInvariant();
        var moved = 0;
        foreach (var (key, entry) in _entries.Where(e => e.Value.CustomerEmail.ToLowerInvariant() == from && from != to).ToArray())
        {
            _entries.TryAdd(to + "\n" + entry.GrantId, entry with { CustomerEmail = toEmail.Trim() });
            _entries.TryRemove(key, out _);
            moved++;
        }

        return Task.FromResult(moved);
    }
}
