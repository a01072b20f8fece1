
namespace Returns.Orchestrations.Ports;

/// <summary>The admin list's filter; <see cref="NeedsAttention"/> keeps only returns with a step parked for the merchant.</summary>
public sealed record ReturnQuery(string? Stage, string? Text, int Page, int PageSize = 25)
{
    public bool NeedsAttention { get; init; }
}
