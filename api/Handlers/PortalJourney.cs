using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>
/// The expected time of each step the portal draws before the customer submits: from the workflow's own
/// durations, plus typical carrier transit and bank processing times.
/// </summary>
public static class PortalJourney
{
    public static object For(WorkflowTimings timings, bool crossBorder) => new
    {
        confirmWithinDays = Days(timings.ConfirmationTimeout),
        approvalWithinDays = Days(timings.ApprovalTimeout),
        shipWithinDays = Days(timings.LabelExpiry),
        transitDays = crossBorder ? new { min = 5, max = 15 } : new { min = 1, max = 4 },
        inspectionWithinDays = Days(timings.InspectionTimeout),
        refundBusinessDays = new { min = 3, max = 5 },
    };

    private static int Days(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalDays));
}
