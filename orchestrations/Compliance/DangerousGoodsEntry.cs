namespace Returns.Orchestrations.Compliance;

/// <summary>
/// One UN number: its class, what the customer reads it as (by language, "en" required), how it may travel when
/// intact and when damaged, and the mark a label carries.
/// </summary>
/// <param name="UnNumber">"UN3481".</param>
/// <param name="Lithium">A lithium battery entry: a damaged one is never carried by air.</param>
/// <param name="LabelMark">The English text printed on the label, e.g. "UN3481 Lithium ion batteries contained in equipment".</param>
public sealed record DangerousGoodsEntry(
    string UnNumber,
    string Class,
    string Description,
    IReadOnlyDictionary<string, string> CustomerName,
    bool Lithium,
    TransportPermission Intact,
    TransportPermission Damaged,
    string LabelMark,
    string Verification,
    IReadOnlyList<string> Sources,
    string? Notes = null);
