namespace Returns.Local.Durable;

/// <summary>
/// Settings for the local durable-task stack: Azure Storage backend (Azurite) served over gRPC
/// on a Unix domain socket. A class with setters so it can be bound from configuration.
/// </summary>
public sealed class LocalDurableOptions
{
    public const string SectionName = "LocalDurable";

    /// <summary>
    /// Storage account for the task hub. "UseDevelopmentStorage=true" means Azurite on its default
    /// ports; pass an explicit connection string when Azurite runs elsewhere.
    /// </summary>
    public string StorageConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// Prefix of the queues, tables and blob containers. Azure Storage rule: 3-45 letters or digits,
    /// starting with a letter.
    /// </summary>
    public string TaskHubName { get; set; } = "returns";

    /// <summary>
    /// Unix domain socket the sidecar listens on. A socket instead of a TCP port: no port to collide
    /// with, and nothing else on the machine can reach the backend. Keep it under ~100 characters
    /// (sun_path limit).
    /// </summary>
    public string SidecarSocketPath { get; set; } = Path.Combine(Path.GetTempPath(), "returns-durable.sock");

    /// <summary>
    /// Upper bound of the Azure Storage queue-polling back-off. The provider's default (30 s) makes an
    /// idle local host take up to half a minute to notice a raised event; 1 s keeps it snappy.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many activities the backend runs at once (its own default is 10).</summary>
    public int MaxConcurrentActivities { get; set; } = 100;
}
