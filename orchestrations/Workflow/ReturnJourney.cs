using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Exchanges;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Workflow;

/// <summary>The state of one run of <see cref="ReturnOrchestrator"/>; rebuilt identically on every replay.</summary>
internal sealed class ReturnJourney(TaskOrchestrationContext context, ReturnWorkflowInput input)
{
    private readonly TaskOptions _retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: input.Timings.ActivityAttempts, firstRetryInterval: input.Timings.ActivityRetryInterval,
        backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    private readonly ReturnEventInbox _inbox = new(context);
    private readonly HashSet<string> _seenEvents = new(StringComparer.Ordinal);
    private readonly List<string> _deferredNotes = [];
    private int _sequence;
    private string _stage = ReturnStages.AwaitingConfirmation;
    private string? _lastActiveStage;
    private string? _endNote;
    private DateTime _confirmedAt;
    private DateTime _receivedAt;
    private Compliance.RefundDeadline? _refundDeadline;
    private Task<string>? _instantExchange;

    private WorkflowTimings Timings => input.Timings;

    /// <summary>Revision 1 on: scans that only add a note wait for the ones that arrived with them and are recorded together.</summary>
    private bool BatchesNotes => input.Revision >= 1;

    public async Task<ReturnOutcome> RunAsync()
    {
        await MoveToAsync(ReturnStages.AwaitingConfirmation, "Return requested");
        if (!await WaitForConfirmationAsync())
            return await EndAsync(ReturnStages.Cancelled, "The confirmation link was not used in time.");

        _confirmedAt = context.CurrentUtcDateTime;
        var decision = await CallAsync<PolicyDecision>(nameof(EvaluateReturnPolicy), input.ReturnId);
        _refundDeadline = decision.RefundDeadline;
        if (!await ResolvePolicyAsync(decision))
            return _stage == ReturnStages.Rejected ? Outcome() : await EndAsync(ReturnStages.Rejected, decision.Reason);

        var route = await CallAsync<RoutePlan>(nameof(PlanReturnRoute), input.ReturnId);
        if (route.Kind == RouteKinds.Returnless)
        {
            await MoveToAsync(ReturnStages.Approved, route.Reason, routeKind: route.Kind, notify: false);
            return await SettleAsync();
        }

        await MoveToAsync(ReturnStages.Approved, route.Reason, routeKind: route.Kind, notify: false);
        LabelInfo? label = null;
        if (route.Kind != RouteKinds.CustomerCarrier)
        {
            label = await IssueLabelAsync();
            if (label is null)
                return await EndAsync(ReturnStages.Cancelled, "A return label could not be issued; the seller will contact you.");
        }

        if (!await FollowParcelAsync(label))
            return Outcome();
        if (_instantExchange is not null)
            context.SendEvent(InstantExchangeOrchestrator.InstanceIdFor(input.ReturnId), InstantExchangeOrchestrator.ArrivedEvent, input.ReturnId);

        if (route.Kind == RouteKinds.HubConsolidated && route.HubId is { } hubId)
            await AddToHubBatchAsync(hubId);
        await WaitForInspectionAsync();
        await RecordStockAsync();
        await PostCostsAsync(LedgerMilestones.Inspected);
        return await SettleAsync();
    }

    /// <summary>Puts the parcel received at the hub into the hub's next consolidated shipment and wakes the hub's process.</summary>
    private async Task AddToHubBatchAsync(string hubId)
    {
        await CallAsync<bool>(nameof(AddParcelToHub), new HubParcelRequest(input.ReturnId, hubId));
        context.SendEvent(HubConsolidationOrchestrator.InstanceIdFor(hubId), HubConsolidationOrchestrator.ParcelAddedEvent, input.ReturnId);
    }

    /// <summary>
    /// Ships the replacement now, on the first scan, as a sub-orchestration that compensates by itself if the parcel
    /// never arrives; the return does not wait for it until it closes.
    /// </summary>
    private async Task StartInstantExchangeAsync()
    {
        _instantExchange = context.CallSubOrchestratorAsync<string>(
            nameof(InstantExchangeOrchestrator),
            new InstantExchangeInput(input.ReturnId, Timings.InstantExchangeArrivalTimeout),
            new SubOrchestrationOptions { InstanceId = InstantExchangeOrchestrator.InstanceIdFor(input.ReturnId) });
        await NoteAsync("Instant exchange: the replacement ships now.");
    }

    /// <summary>The instant exchange ends with the return; its failure is noted for the merchant, the return still closes.</summary>
    private async Task AwaitInstantExchangeAsync()
    {
        if (_instantExchange is null)
            return;
        try
        {
            await _instantExchange;
        }
        catch (TaskFailedException)
        {
            await NoteAsync("The instant exchange could not be completed; see the exchange and its charge.");
        }
    }

    /// <summary>A parcel that did not arrive as announced goes to the merchant, who decides in the inspection.</summary>
    private async Task FlagDiscrepancyAsync(ReceiptDetails receipt)
    {
        if (receipt.Flags.Count == 0)
            return;
        await NoteAsync($"Flagged on receipt: {string.Join(", ", receipt.Flags)}{(receipt.Note is { } n ? $" ({n})" : "")}");
        await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.ReceiptDiscrepancy, _sequence));
    }

    /// <summary>Puts the inspected units into the returned-stock ledger; a failure is noted and never holds up the refund.</summary>
    private async Task RecordStockAsync()
    {
        try
        {
            await CallAsync<int>(nameof(RecordReturnedStock), input.ReturnId);
        }
        catch (TaskFailedException)
        {
            await NoteAsync("The inspected units could not be put into the returned-stock ledger.");
        }
    }

    /// <summary>Posts the return's costs to the ledger; a failure is noted and never holds up the return.</summary>
    private async Task PostCostsAsync(string milestone)
    {
        try
        {
            await CallAsync<int>(nameof(PostReturnCosts), new LedgerRequest(input.ReturnId, milestone));
        }
        catch (TaskFailedException)
        {
            await NoteAsync($"The {milestone} costs could not be posted to the ledger.");
        }
    }

    /// <summary>Issues the label and announces it; a label whose announcement failed is voided again.</summary>
    private async Task<LabelInfo?> IssueLabelAsync()
    {
        LabelInfo label;
        try
        {
            label = await UntilDoneAsync(ReturnAttention.Label, giveUp: true,
                () => CallAsync<LabelInfo>(nameof(IssueReturnLabel), new IssueLabelRequest(input.ReturnId, Timings.LabelExpiry)));
        }
        catch (TaskFailedException)
        {
            return null;
        }

        try
        {
            // The customs papers go out with the label: a cross-border parcel without them is held at the border.
            await CallAsync<IReadOnlyList<string>>(nameof(PrepareCustomsPapers), input.ReturnId);
            await AssessTaxClaimsAsync();
            // Posted before the stage changes, so nothing is in flight once the return waits for the parcel.
            await PostCostsAsync(LedgerMilestones.Shipped);
            await MoveToAsync(ReturnStages.LabelIssued, $"{label.Carrier} {label.TrackingNumber}");
            return label;
        }
        catch (TaskFailedException)
        {
            await CallAsync<bool>(nameof(VoidReturnLabel), new VoidLabelRequest(input.ReturnId, label.TrackingNumber));
            throw;
        }
    }

    /// <summary>The tax-refund helper informs the merchant; its failure never holds up the customer's return.</summary>
    private async Task AssessTaxClaimsAsync()
    {
        try
        {
            await CallAsync<int>(nameof(AssessTaxClaims), input.ReturnId);
        }
        catch (TaskFailedException)
        {
            await NoteAsync("Duty and tax claims could not be assessed; see the merchant's claims page.");
        }
    }

    private async Task<bool> WaitForConfirmationAsync()
    {
        var deadline = context.CurrentUtcDateTime + Timings.ConfirmationTimeout;
        while (true)
        {
            var next = await _inbox.NextAsync(deadline);
            if (next is null)
                return false;
            if (Take(next, ReturnEventKinds.Confirmation))
                return true;
        }
    }

    /// <summary>True when the return is approved; false after a refusal already recorded or to record.</summary>
    private async Task<bool> ResolvePolicyAsync(PolicyDecision decision)
    {
        switch (decision.Outcome)
        {
            case PolicyOutcomes.Approve:
                return true;
            case PolicyOutcomes.Reject:
                return false;
        }

        await MoveToAsync(ReturnStages.AwaitingApproval, decision.Reason);
        await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.ApprovalNeeded, _sequence));
        var deadline = context.CurrentUtcDateTime + Timings.ApprovalTimeout;
        while (true)
        {
            var next = await _inbox.NextAsync(deadline);
            if (next is null)
            {
                if (decision.ApproveOnReviewTimeout)
                    return true;
                await EndAsync(ReturnStages.Rejected, "No decision was made in time; the policy's default applies.");
                return false;
            }

            if (!Take(next, ReturnEventKinds.Decision))
                continue;
            if (next.Approve == true)
                return true;

            await EndAsync(ReturnStages.Rejected, next.Note ?? "The seller declined this return.", decisionNote: next.Note);
            return false;
        }
    }

    /// <summary>
    /// Follows carrier scans until the parcel is received; false when the label expired unused (or, with the
    /// customer's own carrier and no label, when nothing arrived in the label's time).
    /// </summary>
    private async Task<bool> FollowParcelAsync(LabelInfo? label)
    {
        var issuedAt = context.CurrentUtcDateTime;
        var reminderAt = issuedAt + Timings.LabelReminder;
        var expiresAt = issuedAt + Timings.LabelExpiry;
        var reminded = label is null || Timings.LabelReminder >= Timings.LabelExpiry;
        var moving = false;
        DateTimeOffset? lastScanAt = null;
        DateTime? holdOverdueAt = null;

        while (true)
        {
            await FlushNotesUnlessMoreWaitingAsync();
            DateTime? deadline = holdOverdueAt ?? (moving ? null : reminded ? expiresAt : reminderAt);
            var next = await _inbox.NextAsync(deadline);
            if (next is null && holdOverdueAt is not null)
            {
                holdOverdueAt = null;
                await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.CustomsHoldOverdue, _sequence));
                continue;
            }

            if (next is null)
            {
                if (!reminded)
                {
                    reminded = true;
                    await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.LabelUnused, _sequence));
                    continue;
                }

                if (label is null)
                {
                    await EndAsync(ReturnStages.Expired, "The parcel did not arrive in time.");
                    return false;
                }

                await CallAsync<bool>(nameof(VoidReturnLabel), new VoidLabelRequest(input.ReturnId, label.TrackingNumber));
                await EndAsync(ReturnStages.Expired, "The label was not used in time and has been voided.");
                return false;
            }

            if (next.Receipt is not null && Take(next, ReturnEventKinds.Receipt))
            {
                await MoveToAsync(ReturnStages.Received, $"Received at {next.Receipt.Location}", receipt: next.Receipt);
                await FlagDiscrepancyAsync(next.Receipt);
                return true;
            }

            if (next.ScanCode is null || !Take(next, ReturnEventKinds.Scan))
                continue;

            // An older scan arriving after a newer one never moves the return backwards; it is only noted, so every
            // scan the carrier reported shows in the timeline.
            if (lastScanAt is not null && next.OccurredAt < lastScanAt)
            {
                if (BatchesNotes)
                    _deferredNotes.Add($"{DescribeScan(next)} (reported late)");
                continue;
            }
            lastScanAt = next.OccurredAt;
            moving |= ScanCodes.ShowsMovement(next.ScanCode);
            if (moving && input.InstantExchange && _instantExchange is null)
                await StartInstantExchangeAsync();

            var target = StageForScan(next.ScanCode);
            var note = DescribeScan(next);
            if (target == ReturnStages.Received)
            {
                await MoveToAsync(ReturnStages.Received, note);
                return true;
            }

            // A held parcel stays held until customs clear it; other scans meanwhile are only noted.
            if (_stage == ReturnStages.CustomsHold && target == ReturnStages.InTransit && next.ScanCode != ScanCodes.CustomsCleared)
                target = null;
            if (target is not null && target != _stage)
            {
                await MoveToAsync(target, note);
                holdOverdueAt = target == ReturnStages.CustomsHold ? await StartCustomsHoldAsync() : null;
            }
            else if (BatchesNotes)
            {
                _deferredNotes.Add(note);
            }
            else
            {
                await NoteAsync(note);
            }
        }
    }

    /// <summary>
    /// Notes the accepted carrier events the workflow never took (still held by a host that died when the return closes);
    /// a failure here never holds up the close.
    /// </summary>
    private async Task ReconcileScansAsync()
    {
        IReadOnlyList<ReturnEvent> missed;
        try
        {
            missed = await CallAsync<IReadOnlyList<ReturnEvent>>(nameof(ReconcileCarrierScans), new ScanReconciliation(input.ReturnId, [.. _seenEvents]));
        }
        catch (TaskFailedException)
        {
            return;
        }

        foreach (var scan in missed)
        {
            if (scan.ScanCode is not null && Take(scan, ReturnEventKinds.Scan))
                await NoteAsync(DescribeScan(scan));
        }
    }

    /// <summary>Tells the merchant of a customs hold (the customer hears of it from the stage change); the SLA runs from now.</summary>
    private async Task<DateTime> StartCustomsHoldAsync()
    {
        await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.CustomsHold, _sequence));
        return context.CurrentUtcDateTime + Timings.CustomsHoldSla;
    }

    private async Task WaitForInspectionAsync()
    {
        _receivedAt = context.CurrentUtcDateTime;
        var reminders = 0;
        // The deadline moves only when a reminder went out, so unrelated events do not restart the clock.
        DateTime? deadline = context.CurrentUtcDateTime + Timings.InspectionTimeout;
        var (refundDueBy, warnAt) = RefundWarning();
        while (true)
        {
            await FlushNotesUnlessMoreWaitingAsync();
            DateTime? inspectionAt = reminders < Timings.MaxInspectionReminders ? deadline : null;
            var next = await _inbox.NextAsync(Earliest(inspectionAt, warnAt));
            if (next is null && warnAt is { } warning && context.CurrentUtcDateTime >= warning)
            {
                warnAt = null;
                await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.RefundDeadlineNear, _sequence) { DueBy = refundDueBy });
                continue;
            }

            if (next is null)
            {
                reminders++;
                await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.InspectionLate, _sequence) { Attempt = reminders });
                deadline = context.CurrentUtcDateTime + Timings.InspectionTimeout;
                continue;
            }

            // A carrier may still report the parcel after it arrived: noted, never moving the return.
            if (BatchesNotes && next.ScanCode is not null && Take(next, ReturnEventKinds.Scan))
                _deferredNotes.Add(DescribeScan(next));

            // The warehouse may record what arrived after a "delivered" scan moved the return to received.
            if (next.Receipt is not null && Take(next, ReturnEventKinds.Receipt))
            {
                await NoteAsync($"Received at {next.Receipt.Location}", receipt: next.Receipt);
                await FlagDiscrepancyAsync(next.Receipt);
            }

            // A scan the carrier sends (or redelivers) after the parcel arrived is noted, never lost.
            if (next.ScanCode is not null && Take(next, ReturnEventKinds.Scan))
                await NoteAsync(DescribeScan(next));

            if (next.Inspection is not null && Take(next, ReturnEventKinds.Inspection))
            {
                await MoveToAsync(ReturnStages.Inspected, DescribeInspection(next.Inspection), inspection: next.Inspection);
                return;
            }
        }
    }

    /// <summary>
    /// The law's refund deadline for this return (counted from the confirmation or the receipt) and when to warn the
    /// merchant before it; none when no statutory right covers the return.
    /// </summary>
    private (DateTimeOffset? DueBy, DateTime? WarnAt) RefundWarning()
    {
        if (_refundDeadline is not { } rule)
            return (null, null);
        var from = rule.From == Compliance.RefundClocks.Notice ? _confirmedAt : _receivedAt;
        var due = Compliance.StatutoryWindows.DueBy(rule, new DateTimeOffset(from, TimeSpan.Zero));
        var warnAt = due.UtcDateTime - Timings.RefundDeadlineWarning;
        return (due, warnAt < context.CurrentUtcDateTime ? context.CurrentUtcDateTime : warnAt);
    }

    /// <summary>
    /// Runs a step that depends on a partner (the carrier's label, the payment provider's refund, the exchange shipment)
    /// until it succeeds. When its attempts are used up the step is parked for the merchant (a timeline note, the
    /// return's attention flag in the admin list, one email) and tried again after <see cref="WorkflowTimings.ParkedRetryInterval"/>
    /// (doubling, <see cref="WorkflowTimings.ParkedAutoRetries"/> rounds) or at once when the merchant asks for a retry.
    /// After the automatic rounds a step that may <paramref name="giveUp"/> fails; any other waits for the merchant.
    /// The steps are idempotent (payment key, label index), so a retry never pays or buys twice.
    /// </summary>
    private async Task<T> UntilDoneAsync<T>(string step, bool giveUp, Func<Task<T>> attempt)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException e) when (!giveUp || round <= Timings.ParkedAutoRetries)
            {
                await ParkAsync(step, round, e);
            }
        }
    }

    private async Task ParkAsync(string step, int round, TaskFailedException failure)
    {
        var since = context.CurrentUtcDateTime;
        var reason = failure.FailureDetails is { } details ? $"{details.ErrorType}: {details.ErrorMessage}" : failure.Message;
        var attention = new ReturnAttention(step, since, reason.Length > 500 ? reason[..500] : reason, round);
        await NoteAsync(step switch
        {
            ReturnAttention.Label => "The return label is delayed; the seller has been told.",
            ReturnAttention.Exchange => "The replacement is delayed; the seller has been told.",
            _ => "The refund is delayed; the seller has been told.",
        }, attention: attention);
        if (round == 1)
        {
            try
            {
                await CallAsync<bool>(nameof(SendReturnReminder), new ReminderRequest(input.ReturnId, ReminderKinds.StepParked, _sequence));
            }
            catch (TaskFailedException)
            {
                // The attention flag in the admin list still shows the parked step.
            }
        }

        DateTime? retryAt = round <= Timings.ParkedAutoRetries ? since + Timings.ParkedRetryInterval * Math.Pow(2, round - 1) : null;
        while (true)
        {
            var next = await _inbox.NextAsync(retryAt);
            if (next is null || Take(next, ReturnEventKinds.Retry))
                return;
        }
    }

    private static DateTime? Earliest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private async Task<ReturnOutcome> SettleAsync()
    {
        foreach (var resolution in input.Settlements ?? [input.Resolution])
        {
            var request = new SettlementRequest(input.ReturnId, resolution);
            if (resolution == Resolutions.Exchange)
            {
                var shipment = await UntilDoneAsync(ReturnAttention.Exchange, giveUp: false,
                    () => CallAsync<ExchangeShipment>(nameof(ShipReturnExchange), request));
                await MoveToAsync(ReturnStages.ExchangeShipped, $"{shipment.Carrier} {shipment.TrackingNumber}");
            }
            else
            {
                // The payment key "{return id}:{kind}" and the stored settlement make every retry pay at most once.
                var refund = await UntilDoneAsync(ReturnAttention.Refund, giveUp: false,
                    () => CallAsync<RefundInfo>(nameof(IssueReturnRefund), request));
                var stage = refund.Kind == Resolutions.StoreCredit ? ReturnStages.CreditIssued : ReturnStages.RefundIssued;
                await MoveToAsync(stage, $"{MoneyFormat.Format(new Money(refund.Amount, refund.Currency))} ({refund.Reference})");
            }
        }

        await PostCostsAsync(LedgerMilestones.Settled);
        await AwaitInstantExchangeAsync();
        await ReconcileScansAsync();
        return await EndAsync(ReturnStages.Closed, null);
    }

    /// <summary>
    /// True the first time an event of the expected kind arrives. An event of another kind is left unmarked,
    /// so it still counts when it arrives again at a stage where it makes sense.
    /// </summary>
    private bool Take(ReturnEvent e, string kind) => e.Kind == kind && _seenEvents.Add(e.EventId);

    private static string? StageForScan(string code) => code switch
    {
        ScanCodes.PickedUp or ScanCodes.InTransit or ScanCodes.OutForDelivery or ScanCodes.CustomsCleared => ReturnStages.InTransit,
        ScanCodes.CustomsHold => ReturnStages.CustomsHold,
        ScanCodes.Delivered => ReturnStages.Received,
        _ => null,
    };

    private static string DescribeScan(ReturnEvent scan) =>
        string.Join(" · ", new[] { scan.ScanCode, scan.Location, scan.Note }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string DescribeInspection(IReadOnlyList<InspectedLine> lines) =>
        string.Join(", ", lines.Select(l => $"{l.Sku} x{l.Quantity} grade {l.Grade}"));

    private async Task<ReturnOutcome> EndAsync(string stage, string? note, string? decisionNote = null)
    {
        _lastActiveStage = _stage;
        _endNote = note;
        await MoveToAsync(stage, note, decisionNote: decisionNote);
        return Outcome();
    }

    private ReturnOutcome Outcome() => new(_stage, _lastActiveStage, _endNote);

    private async Task MoveToAsync(
        string stage, string? note, bool notify = true, string? routeKind = null, ReceiptDetails? receipt = null,
        IReadOnlyList<InspectedLine>? inspection = null, string? decisionNote = null)
    {
        // Notes still waiting belong to the stage they were made in.
        await FlushNotesAsync();
        _stage = stage;
        context.SetCustomStatus(new { stage, at = context.CurrentUtcDateTime });
        await RecordAsync(new StageChange(input.ReturnId, ++_sequence, stage, context.CurrentUtcDateTime, StageChanged: true, note)
        {
            Receipt = receipt,
            Inspection = inspection,
            Route = routeKind,
            DecisionNote = decisionNote,
            Notify = notify,
        });
    }

    private Task NoteAsync(string note, ReceiptDetails? receipt = null, ReturnAttention? attention = null) =>
        RecordAsync(new StageChange(input.ReturnId, ++_sequence, _stage, context.CurrentUtcDateTime, StageChanged: false, note)
        {
            Receipt = receipt,
            Attention = attention,
            Notify = false,
        });

    private Task RecordAsync(StageChange change) => CallAsync<bool>(nameof(RecordReturnStage), change);

    /// <summary>Every activity call records the notes still waiting first, so the timeline keeps the order things happened in.</summary>
    private async Task<T> CallAsync<T>(string activity, object input)
    {
        await FlushNotesAsync();
        return await context.CallActivityAsync<T>(activity, input, _retry);
    }

    /// <summary>
    /// Under a burst of carrier scans the next ones have often arrived already: their notes join the ones waiting, so a
    /// burst costs one projection write instead of one per scan. Only when nothing more is waiting are they recorded.
    /// </summary>
    private Task FlushNotesUnlessMoreWaitingAsync() =>
        _deferredNotes.Count > 0 && !_inbox.HasWaiting ? FlushNotesAsync() : Task.CompletedTask;

    private Task FlushNotesAsync()
    {
        if (_deferredNotes.Count == 0)
            return Task.CompletedTask;
        string[] notes = [.. _deferredNotes];
        _deferredNotes.Clear();
        return context.CallActivityAsync<bool>(
            nameof(RecordReturnStage),
            new StageChange(input.ReturnId, ++_sequence, _stage, context.CurrentUtcDateTime, StageChanged: false, notes[0])
            {
                Notify = false,
                MoreNotes = notes.Length > 1 ? notes[1..] : null,
            },
            _retry);
    }
}
