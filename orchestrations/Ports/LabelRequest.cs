using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public sealed record LabelRequest(
    string ReturnId,
    string OrderNumber,
    PostalAddress From,
    PostalAddress To,
    int WeightGrams,
    int ItemCount,
    bool CrossBorder,
    DateTimeOffset At);
