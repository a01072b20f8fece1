namespace Returns.Orchestrations.Ports;

/// <summary>Where a delivery stands; delivered ones are no longer kept.</summary>
public enum DeliveryStatus
{
    Pending,
    Dead,
}
