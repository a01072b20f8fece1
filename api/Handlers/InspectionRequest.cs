namespace Returns.Api.Handlers;

public sealed record InspectionRequest(IReadOnlyList<InspectionLineRequest>? Lines);
