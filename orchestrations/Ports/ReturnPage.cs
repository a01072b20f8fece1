using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public sealed record ReturnPage(IReadOnlyList<ReturnRecord> Items, int Page, int PageSize, int Total);
