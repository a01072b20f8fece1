namespace Returns.Orchestrations.Notifications;

/// <summary>The claims of an email-link token: which return, for what, until when.</summary>
public sealed record LinkToken(string ReturnId, string Purpose, DateTimeOffset ExpiresAt);
