using Microsoft.Azure.Functions.Worker;
using Returns.Api.Security;

namespace Returns.Functions.Http;

/// <summary>Housekeeping of the guest-failure counts the instances share on Azure.</summary>
public sealed class SecurityFunctions(GuestLookupLimits limits)
{
    /// <summary>The timer trigger's function name.</summary>
    public const string PurgeFunctionName = nameof(PurgeGuestFailures);

    public const string DailySchedule = "0 17 3 * * *";

    /// <summary>Once a day (03:17 UTC): failures older than the window, of keys that never failed again, are deleted.</summary>
    [Function(nameof(PurgeGuestFailures))]
    public Task PurgeGuestFailures([TimerTrigger(DailySchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        limits.Shared?.PurgeAsync(cancellationToken) ?? Task.CompletedTask;
}
