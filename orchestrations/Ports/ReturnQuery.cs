
namespace Returns.Orchestrations.Ports;

public sealed record ReturnQuery(string? Stage, string? Text, int Page, int PageSize = 25);
