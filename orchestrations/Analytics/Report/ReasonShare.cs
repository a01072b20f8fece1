namespace Returns.Orchestrations.Analytics.Report;

public sealed record ReasonShare(string Reason, long Units, double Share);
