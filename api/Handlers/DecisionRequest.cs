namespace Returns.Api.Handlers;

public sealed record DecisionRequest(bool? Approve, string? Note);
