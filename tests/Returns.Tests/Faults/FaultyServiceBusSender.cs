using Azure.Messaging.ServiceBus;

namespace Returns.Tests.Faults;

/// <summary>
/// A stand-in for the Service Bus topic's sender: queued faults throw the SDK's own <see cref="ServiceBusException"/>
/// (before the send, or after it, as when the broker took the message but the answer was lost); the topic has duplicate
/// detection, so a message id it already took is not delivered again.
/// </summary>
internal sealed class FaultyServiceBusSender : ServiceBusSender
{
    private readonly object _gate = new();
    private readonly Queue<(ServiceBusFailureReason Reason, bool AfterSend)> _faults = new();
    private readonly List<ServiceBusMessage> _delivered = [];
    private readonly List<string> _attempts = [];

    /// <summary>Messages subscribers get: one per message id.</summary>
    public IReadOnlyList<ServiceBusMessage> Delivered
    {
        get { lock (_gate) return [.. _delivered]; }
    }

    /// <summary>The message id of every send, failed ones included.</summary>
    public IReadOnlyList<string> Attempts
    {
        get { lock (_gate) return [.. _attempts]; }
    }

    public override string EntityPath => "returns-events";

    public void Fail(ServiceBusFailureReason reason, bool afterSend = false)
    {
        lock (_gate)
            _faults.Enqueue((reason, afterSend));
    }

    public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _attempts.Add(message.MessageId);
            (ServiceBusFailureReason Reason, bool AfterSend)? fault = _faults.Count > 0 ? _faults.Dequeue() : null;
            if (fault is { AfterSend: false } before)
                throw new ServiceBusException("The service was unable to process the request.", before.Reason, EntityPath);
            if (_delivered.All(m => m.MessageId != message.MessageId))
                _delivered.Add(message);
            if (fault is { } after)
                throw new ServiceBusException("The operation did not complete within the allocated time.", after.Reason, EntityPath);
        }

        return Task.CompletedTask;
    }
}
