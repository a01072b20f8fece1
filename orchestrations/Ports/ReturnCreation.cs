using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public sealed record ReturnCreation(ReturnRecord Record, bool Created);
