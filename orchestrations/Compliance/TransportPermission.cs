namespace Returns.Orchestrations.Compliance;

/// <summary>Which ways a dangerous good may travel: by air (courier), by ground (road or rail courier), by post.</summary>
public sealed record TransportPermission(bool Air, bool Ground, bool DomesticPost, bool InternationalPost);
