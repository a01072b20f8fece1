namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// The themes customers' return comments are grouped into. The ids are stored in analytics cells, so they never
/// change; the dashboard shows <see cref="CommentThemes.Label"/> instead.
/// </summary>
public static class ThemeIds
{
    public const string RunsSmall = "runs_small";
    public const string RunsLarge = "runs_large";

    /// <summary>Fits badly without saying which way: cut, comfort, "doesn't fit".</summary>
    public const string Fit = "fit";

    /// <summary>Poorly made or faulty: defects, stitching, stops working, stains, smells.</summary>
    public const string Quality = "quality";

    /// <summary>Broken, cracked, torn or scratched, usually in transit.</summary>
    public const string Damaged = "damaged";

    /// <summary>Colour, material or look differs from the photos or the description.</summary>
    public const string NotAsPictured = "not_as_pictured";

    public const string WrongItem = "wrong_item";
    public const string Late = "late";

    /// <summary>Nothing wrong with the goods: no longer needed, found cheaper, bought twice, a gift.</summary>
    public const string ChangedMind = "changed_mind";

    public const string Packaging = "packaging";
    public const string MissingParts = "missing_parts";

    /// <summary>Display order: sizing, then the goods, then delivery, then the customer's own reasons.</summary>
    public static IReadOnlyList<string> All { get; } =
        [RunsSmall, RunsLarge, Fit, Quality, Damaged, NotAsPictured, WrongItem, Late, ChangedMind, Packaging, MissingParts];
}
