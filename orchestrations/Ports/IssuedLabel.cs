using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public sealed record IssuedLabel(LabelInfo Info, byte[] Pdf);
