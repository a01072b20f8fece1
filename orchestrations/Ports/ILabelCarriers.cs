namespace Returns.Orchestrations.Ports;

/// <summary>The label adapters by the name the routing network's carriers give ("builtin", "easypost").</summary>
public interface ILabelCarriers
{
    /// <summary>The adapter for a carrier; the built-in one for null, an unknown name, or an adapter not configured.</summary>
    ILabelCarrier For(string? adapter);
}
