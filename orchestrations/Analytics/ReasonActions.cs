namespace Returns.Orchestrations.Analytics;

/// <summary>What a seller can do about a product whose returns are mostly for one reason.</summary>
public static class ReasonActions
{
    public const string SizeChart = "size_chart";
    public const string DescriptionPhotos = "description_photos";
    public const string SupplierQuality = "supplier_quality";
    public const string Packaging = "packaging";
    public const string Carrier = "carrier";
    public const string Picking = "picking";
    public const string ReadComments = "read_comments";

    public static string For(string reason) => reason switch
    {
        "size_too_small" or "size_too_large" => SizeChart,
        "not_as_described" or "changed_mind" => DescriptionPhotos,
        "defective" => SupplierQuality,
        "damaged_in_transit" => Packaging,
        "late_delivery" => Carrier,
        "wrong_item" => Picking,
        _ => ReadComments,
    };

    public static string Describe(string action, string reason) => action switch
    {
        SizeChart => reason == "size_too_small"
            ? "Runs small: update the size chart and fit notes, and suggest a size up."
            : "Runs large: update the size chart and fit notes, and suggest a size down.",
        DescriptionPhotos => "Looks different from what customers expected: improve the description, measurements and photos.",
        SupplierQuality => "Arrives faulty: raise the defect rate with the supplier and check incoming quality.",
        Packaging => "Arrives damaged: strengthen the packaging for this product.",
        Carrier => "Arrives late: review the outbound carrier and service for the markets it goes to.",
        Picking => "Wrong item sent: check the bin, label and picking of this SKU.",
        _ => "No single cause: read the customers' comments below.",
    };
}
