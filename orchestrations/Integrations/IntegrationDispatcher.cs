using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Integrations;

/// <summary>
/// Sends the outbox's integration events on: a round turns each stored event into one delivery per destination (the
/// broker and every merchant webhook; a stored email has the mail service as its only destination), then attempts
/// every delivery that is due. A failed delivery waits with
/// exponential back-off and becomes a dead letter after the last attempt or when a webhook rejects it (4xx other than
/// 408/429). A delivery is removed only once sent, so nothing is lost; the broker gets the event id as message id and
/// webhooks get it as X-Returns-Event-Id, so a repeat after a crash is recognisable. One round at a time per process;
/// the local host runs rounds every second or when signalled, the Functions app every ten seconds.
/// </summary>
public sealed partial class IntegrationDispatcher(
    IIntegrationOutbox outbox,
    IEventBroker broker,
    IWebhookSender webhooks,
    IOptions<IntegrationDispatchOptions> options,
    TimeProvider clock,
    ILogger<IntegrationDispatcher> logger,
    IEmailSender? emails = null)
{
    private const int BatchSize = 200;
    private const int Concurrency = 16;

    private readonly ILogger _logger = logger;
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly Background.WakeSignal _signalled = new();

    /// <summary>Something was stored in this process: the local host's next round starts now.</summary>
    public void Signal() => _signalled.Set();

    /// <summary>Waits until <see cref="Signal"/> (true), or <paramref name="timeout"/> passes (false).</summary>
    public Task<bool> WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signalled.WaitAsync(timeout, cancellationToken);

    /// <summary>Schedules every stored event and attempts every due delivery; returns how many deliveries were attempted.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            var destinations = (IReadOnlyList<string>)[IntegrationDestinations.Broker, .. options.Value.WebhookUrls.Select(u => u.AbsoluteUri)];
            IReadOnlyList<string> email = [IntegrationDestinations.Email];
            while ((await outbox.PendingEventsAsync(BatchSize, cancellationToken)) is { Count: > 0 } events)
            {
                foreach (var batch in events.Chunk(Concurrency))
                    await Task.WhenAll(batch.Select(e => FirstAttemptAsync(e, e.Type == OutboxEmailNotifier.EmailType ? email : destinations, cancellationToken)));
                if (events.Count < BatchSize)
                    break;
            }

            var now = clock.GetUtcNow();
            var due = (await outbox.DeliveriesAsync(DeliveryStatus.Pending, int.MaxValue, cancellationToken))
                .Where(d => d.NextAttemptAt <= now).ToArray();
            foreach (var batch in due.Chunk(Concurrency))
                await Task.WhenAll(batch.Select(d => AttemptAsync(d, cancellationToken)));
            return due.Length;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Dispatches, logging instead of throwing (whatever is left stays for the next round).</summary>
    public async Task<int> TryDispatchPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DispatchPendingAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRoundFailed(e);
            return 0;
        }
    }

    /// <summary>
    /// A new event goes to every destination at once; only the deliveries that failed are written down. A crash before
    /// that leaves the event pending, so it is sent again (receivers and the broker recognise it by its id).
    /// </summary>
    private async Task FirstAttemptAsync(OutboundEvent outboundEvent, IReadOnlyList<string> destinations, CancellationToken cancellationToken)
    {
        var left = new List<IntegrationDelivery>();
        foreach (var destination in destinations)
        {
            if (await TryAsync(IntegrationDestinations.First(outboundEvent, destination, clock.GetUtcNow()), cancellationToken) is { } next)
                left.Add(next);
        }

        await outbox.ScheduleAsync(outboundEvent, left, cancellationToken);
    }

    private async Task AttemptAsync(IntegrationDelivery delivery, CancellationToken cancellationToken)
    {
        var next = await TryAsync(delivery, cancellationToken);
        if (next is null)
            await outbox.DeliveredAsync(delivery, cancellationToken);
        else if (next.Status == DeliveryStatus.Dead)
            await outbox.DeadLetterAsync(next, cancellationToken);
        else
            await outbox.RescheduleAsync(next, cancellationToken);
    }

    /// <summary>Sends once; null when delivered, else the delivery's next state (due later with back-off, or dead).</summary>
    private async Task<IntegrationDelivery?> TryAsync(IntegrationDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = await SendAsync(delivery, cancellationToken);
        if (outcome.Result == WebhookResult.Delivered)
            return null;

        var attempts = delivery.Attempts + 1;
        var failed = delivery with { Attempts = attempts, LastError = outcome.Error };
        if (outcome.Result == WebhookResult.Reject || attempts >= options.Value.MaxAttempts)
        {
            LogDeadLetter(delivery.DeliveryId, attempts, outcome.Error);
            return failed with { Status = DeliveryStatus.Dead };
        }

        var wait = outcome.RetryAfter is { } after && after > TimeSpan.Zero ? after : DeliveryBackoff.After(attempts);
        LogRetry(delivery.DeliveryId, attempts, wait, outcome.Error);
        return failed with { NextAttemptAt = clock.GetUtcNow() + wait };
    }

    private async Task<WebhookOutcome> SendAsync(IntegrationDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Destination == IntegrationDestinations.Email)
            return await SendEmailAsync(delivery.Event, cancellationToken);
        if (delivery.Destination != IntegrationDestinations.Broker)
            return await webhooks.SendAsync(delivery.Event, new Uri(delivery.Destination), cancellationToken);
        try
        {
            await broker.SendAsync(delivery.Event, cancellationToken);
            return WebhookOutcome.Delivered;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The broker's message only: it names the failure, never the event's contents.
            return new WebhookOutcome(WebhookResult.Retry, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Hands a stored email to the mail service. A refusal with a 4xx other than 408/429 will not pass by itself (a
    /// malformed email, a wrong key): it becomes a dead letter at once; anything else (429 with its Retry-After, 5xx,
    /// a timeout, no answer) is retried with back-off.
    /// </summary>
    private async Task<WebhookOutcome> SendEmailAsync(OutboundEvent stored, CancellationToken cancellationToken)
    {
        if (emails is null)
            return new WebhookOutcome(WebhookResult.Retry, "No mail service is configured in this process.");
        try
        {
            await emails.SendAsync(OutboxEmailNotifier.Read(stored), cancellationToken);
            return WebhookOutcome.Delivered;
        }
        catch (HttpRequestException e) when (e.StatusCode is { } status && (int)status is >= 400 and < 500 and not 408 and not 429)
        {
            return new WebhookOutcome(WebhookResult.Reject, $"HTTP {(int)status}: {e.Message}");
        }
        catch (EmailRefusedException e)
        {
            return new WebhookOutcome(WebhookResult.Retry, $"HTTP {(int?)e.StatusCode}: {e.Message}", e.RetryAfter);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's type and message only: they name the failure, never the email's contents.
            return new WebhookOutcome(WebhookResult.Retry, $"{e.GetType().Name}: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An integration dispatch round failed; the outbox keeps everything for the next one")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} failed (attempt {Attempts}); retrying in {Wait}: {Error}")]
    private partial void LogRetry(string deliveryId, int attempts, TimeSpan wait, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} moved to the dead letters after {Attempts} attempts: {Error}")]
    private partial void LogDeadLetter(string deliveryId, int attempts, string? error);
}
