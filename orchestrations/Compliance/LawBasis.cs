namespace Returns.Orchestrations.Compliance;

/// <summary>
/// A statutory right that covers (or, with <see cref="ExcludedTag"/>, would cover) one order line: which market and
/// rule, until when, and on what terms. The eligibility answer carries it so every decision names its law.
/// </summary>
/// <param name="WindowDays">The right's length in <paramref name="WindowUnit"/> (without any extension).</param>
/// <param name="Reasons">For a faulty-goods right, the return reasons it covers; empty for other kinds.</param>
/// <param name="ExcludedTag">The line's tag the right excludes (see <see cref="LineTags"/>); null when it covers the line.</param>
public sealed record LawBasis(
    string Market,
    string RightId,
    string Kind,
    string Law,
    IReadOnlyDictionary<string, string> RightName,
    DateTimeOffset EndsAt,
    int WindowDays,
    string WindowUnit,
    string ReturnPostage,
    bool RestockingFeeAllowed,
    RefundDeadline? RefundDeadline,
    bool RefundsOutboundDelivery,
    bool LossOfValueDeductible,
    string Verification,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Reasons,
    string? ExcludedTag = null)
{
    public bool Covers => ExcludedTag is null;

    /// <summary>The right's name in a language ("de", "zh-Hant"), English when the file has no such text.</summary>
    public string NameIn(string language) =>
        RightName.TryGetValue(language, out var name) ? name : RightName.TryGetValue("en", out var en) ? en : RightId;
}
