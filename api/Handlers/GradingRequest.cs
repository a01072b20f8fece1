namespace Returns.Api.Handlers;

/// <summary>POST /api/admin/grading/suggest: a unit's category, its return reason, and the checklist as ticked.</summary>
public sealed record GradingRequest(string? Category, string? Reason, Dictionary<string, bool>? Checks);
