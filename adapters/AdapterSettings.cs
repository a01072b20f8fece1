namespace Returns.Adapters;

/// <summary>Where the adapters connect; absent SendGrid or Service Bus settings select the local outbox.</summary>
public sealed record AdapterSettings(
    string StorageConnectionString,
    string? SendGridApiKey = null,
    string? ServiceBusConnection = null,
    string EmailFrom = "returns@demo-shop.example",
    string EmailFromName = "Returns");
