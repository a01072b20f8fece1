namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>The customs declaration EasyPost turns into the carrier's customs forms.</summary>
/// <param name="ContentsType">"returned_goods" for a return.</param>
/// <param name="ContentsExplanation">Free text some carriers require (at most 255 characters).</param>
/// <param name="RestrictionType">"none": returned consumer goods need no quarantine or inspection.</param>
public sealed record EasyPostCustomsInfo(
    string ContentsType,
    string? ContentsExplanation,
    string RestrictionType,
    IReadOnlyList<EasyPostCustomsItem> CustomsItems);
