using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Returns.Adapters.Connections;

/// <summary>Before a request, replaces the client's SAS with a fresh one once half of its lifetime has passed.</summary>
public sealed class SasRenewalPolicy(AzureSasCredential credential, Func<DateTimeOffset, string> issue, TimeSpan lifetime, TimeProvider clock)
    : HttpPipelineSynchronousPolicy
{
    private long _renewAtTicks = (clock.GetUtcNow() + lifetime / 2).UtcTicks;

    public override void OnSendingRequest(HttpMessage message)
    {
        base.OnSendingRequest(message);
        var now = clock.GetUtcNow();
        var renewAt = Interlocked.Read(ref _renewAtTicks);
        if (now.UtcTicks >= renewAt && Interlocked.CompareExchange(ref _renewAtTicks, (now + lifetime / 2).UtcTicks, renewAt) == renewAt)
            credential.Update(issue(now));
    }
}
