using Microsoft.Extensions.Logging;

namespace Returns.Api.Handlers.Carriers;

/// <summary>Carrier webhook log lines. Event ids only: tracking numbers and places can point to a customer.</summary>
public static partial class CarrierWebhookLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Carrier webhook {Source} event {EventId} carries no scan: {Reason}")]
    public static partial void Ignored(ILogger logger, string source, string eventId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Carrier webhook {Source} rejected: {Header} missing or not matching the body")]
    public static partial void BadSignature(ILogger logger, string source, string header);
}
