using Returns.Orchestrations.Compliance.Claims;

namespace Returns.Orchestrations.Ports;

/// <summary>The tax-refund helper's assessments, one per cross-border return, and the deadline reminders sent.</summary>
public interface ITaxClaimStore
{
    /// <summary>Saves (or replaces) the assessment of a return.</summary>
    Task SaveAsync(TaxClaimAssessment assessment, CancellationToken cancellationToken = default);

    Task<TaxClaimAssessment?> GetAsync(string returnId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TaxClaimAssessment>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the reminder <paramref name="key"/> of a return was already sent.</summary>
    Task<bool> ReminderSentAsync(string returnId, string key, CancellationToken cancellationToken = default);

    Task MarkReminderSentAsync(string returnId, string key, CancellationToken cancellationToken = default);
}
