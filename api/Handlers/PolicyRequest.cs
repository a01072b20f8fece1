using Returns.Orchestrations.Policy;

namespace Returns.Api.Handlers;

/// <summary>
/// PUT /api/admin/policy: the fields to change; a field left out keeps its current value (<see cref="NeverReturnlessAbove"/>
/// 0 removes that limit).
/// </summary>
public sealed record PolicyRequest(
    int? DefaultWindowDays,
    Dictionary<string, MarketPolicy>? Markets,
    Dictionary<string, CategoryPolicy>? Categories,
    List<string>? FinalSaleTags,
    int? RestockingFeePercent,
    string? ReturnPostagePaidBy,
    long? ReturnPostageFee,
    bool? PolicyDisplayed,
    long? ReviewAboveAmount,
    bool? ApproveOnReviewTimeout,
    long? ReturnlessBelowAmount,
    long? NeverReturnlessAbove = null,
    List<string>? InspectCategories = null,
    bool? AllowCustomerCarrier = null,
    Dictionary<string, int>? LossOfValuePercentByGrade = null,
    bool? AllowInstantExchange = null);
