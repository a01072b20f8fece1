using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers;

/// <summary>
/// The label adapters by name. An adapter that is not configured (EasyPost without an API key) falls back to the
/// built-in carrier, so a route never fails for want of a key.
/// </summary>
public sealed class LabelCarriers(IReadOnlyDictionary<string, ILabelCarrier> adapters, ILabelCarrier builtIn) : ILabelCarriers
{
    public const string BuiltIn = "builtin";
    public const string EasyPost = "easypost";

    public ILabelCarrier For(string? adapter) =>
        adapter is not null && adapters.TryGetValue(adapter, out var carrier) ? carrier : builtIn;
}
