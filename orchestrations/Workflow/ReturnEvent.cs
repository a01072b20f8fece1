using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Workflow;

/// <summary>Something that happened to a return outside the workflow; <see cref="EventId"/> makes repeats no-ops.</summary>
public sealed record ReturnEvent(string Kind, string EventId, DateTimeOffset OccurredAt)
{
    public bool? Approve { get; init; }
    public string? Note { get; init; }
    public string? ScanCode { get; init; }
    public string? Location { get; init; }
    public ReceiptDetails? Receipt { get; init; }
    public IReadOnlyList<InspectedLine>? Inspection { get; init; }

    public static ReturnEvent Confirmation(string eventId, DateTimeOffset at) =>
        new(ReturnEventKinds.Confirmation, eventId, at);

    public static ReturnEvent Decision(string eventId, DateTimeOffset at, bool approve, string? note) =>
        new(ReturnEventKinds.Decision, eventId, at) { Approve = approve, Note = note };

    public static ReturnEvent Scan(string eventId, DateTimeOffset at, string code, string? location, string? description) =>
        new(ReturnEventKinds.Scan, eventId, at) { ScanCode = code, Location = location, Note = description };

    public static ReturnEvent ForReceipt(string eventId, ReceiptDetails receipt) =>
        new(ReturnEventKinds.Receipt, eventId, receipt.At) { Receipt = receipt };

    public static ReturnEvent Retry(string eventId, DateTimeOffset at) =>
        new(ReturnEventKinds.Retry, eventId, at);

    public static ReturnEvent ForInspection(string eventId, DateTimeOffset at, IReadOnlyList<InspectedLine> lines) =>
        new(ReturnEventKinds.Inspection, eventId, at) { Inspection = lines };
}
