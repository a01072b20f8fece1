namespace Returns.Orchestrations.Notifications;

/// <summary>What the workflow needs to write links into emails; filled from configuration by the host.</summary>
public sealed class ReturnLinkOptions
{
    /// <summary>Base URL customers reach the system at, without a trailing slash.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>HMAC key for email-link tokens (at least 32 bytes once decoded).</summary>
    public byte[] SigningKey { get; set; } = [];

    /// <summary>How long a confirmation link stays valid.</summary>
    public TimeSpan ConfirmationLinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a return label stays valid (emails tell the customer the drop-off date).</summary>
    public TimeSpan LabelLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a tracking link (status, label, documents) stays valid.</summary>
    public TimeSpan TrackingLinkLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Where merchant notices (reviews, late inspections) go.</summary>
    public string MerchantEmail { get; set; } = "returns@demo-shop.example";
}
