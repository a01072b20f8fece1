using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;
using static Returns.Adapters.Documents.CustomsPaperFormat;

namespace Returns.Adapters.Documents;

/// <summary>
/// Renders the papers of one consolidated shipment from a hub home on A4 portrait, in the style of the customs papers:
/// the manifest (every return in the box with its order, weight, value and freight share, then all goods by line) and
/// the packing list / customs declaration (all goods, a summary by HS code and origin, the relief claimed and the
/// declaration). Captions are English; descriptions and addresses are printed as given.
/// </summary>
public sealed class ConsolidationManifestRenderer : IConsolidationPaperRenderer
{
    public const string ManifestTitle = "CONSOLIDATED RETURN SHIPMENT - MANIFEST";
    public const string PackingListTitle = "CONSOLIDATED RETURN SHIPMENT - PACKING LIST / CUSTOMS DECLARATION";
    public const string Marking = "RETURNED GOODS - NOT A SALE";
    public const string ReliefStatement = "Returned goods: exemption from import charges claimed";

    /// <summary>Printed above the signature on the declaration.</summary>
    public const string Declaration =
        "I declare that the goods listed are returns of goods exported by the consignee, that they are returned in the state in which they were exported, and that the information given is true and correct.";

    private static readonly PdfColumn[] ParcelColumns =
    [
        new("No.", 20, AlignRight: true), new("Return id", 80), new("Order number", 70), new("Lines", 28, AlignRight: true),
        new("Qty", 26, AlignRight: true), new("Weight kg", 44, AlignRight: true), new("Value", 62, AlignRight: true),
        new("Freight share", 62, AlignRight: true),
    ];

    private static readonly PdfColumn[] LineColumns =
    [
        new("Return id", 62), new("SKU", 56), new("Description", 100), new("HS code", 50), new("Origin", 32),
        new("Qty", 24, AlignRight: true), new("Value", 56, AlignRight: true), new("Weight kg", 40, AlignRight: true),
    ];

    private static readonly PdfColumn[] SummaryColumns =
    [
        new("HS code", 70), new("Origin", 50), new("Description", 150), new("Qty", 30, AlignRight: true),
        new("Value", 70, AlignRight: true), new("Weight kg", 50, AlignRight: true),
    ];

    public ConsolidationManifestRenderer()
    {
        EmbeddedFontResolver.Register();
    }

    public byte[] Manifest(ConsolidatedShipment shipment, ReturnHub hub, PostalAddress consignee)
    {
        Check(shipment, hub, consignee);
        using var writer = new CustomsPaperWriter($"Manifest {shipment.ShipmentId}", $"Consolidated return shipment {shipment.ShipmentId} - manifest");
        writer.Title(ManifestTitle, Marking);
        Header(writer, shipment, hub,
        [
            ("Freight", Amount(shipment.Freight, shipment.Currency)),
            ("Transport", Words(hub.Consolidation.Transport)),
        ]);
        writer.Addresses([("FROM (HUB)", HubLines(hub)), ("TO (CONSIGNEE)", consignee.ToLines())]);

        writer.Heading("PARCELS");
        writer.Table(ParcelColumns, shipment.Parcels.Select((p, i) => (IReadOnlyList<string>)
        [
            Count(i + 1), p.ReturnId, p.OrderNumber, Count(p.Lines.Count), Count(p.Lines.Sum(l => (long)l.Quantity)),
            Kg(p.WeightGrams), Amount(p.Value, p.Currency),
            shipment.ShareByReturn.TryGetValue(p.ReturnId, out var share) ? Amount(share, shipment.Currency) : "",
        ]));

        writer.Heading("GOODS");
        Lines(writer, shipment);
        Relief(writer);
        Totals(writer, shipment);
        return writer.ToPdf();
    }

    public byte[] PackingList(ConsolidatedShipment shipment, ReturnHub hub, PostalAddress consignee)
    {
        Check(shipment, hub, consignee);
        using var writer = new CustomsPaperWriter(
            $"Packing list {shipment.ShipmentId}", $"Consolidated return shipment {shipment.ShipmentId} - packing list / customs declaration");
        writer.Title(PackingListTitle, Marking);
        Header(writer, shipment, hub,
        [
            ("Reason for export", "Return of goods"),
            ("Returns in the shipment", string.Join(", ", shipment.Parcels.Select(p => p.ReturnId))),
        ]);
        writer.Addresses([("EXPORTER (HUB)", HubLines(hub)), ("CONSIGNEE", consignee.ToLines())]);

        writer.Heading("GOODS");
        Lines(writer, shipment);

        writer.Heading("SUMMARY BY HS CODE AND ORIGIN");
        var summary = shipment.Parcels
            .SelectMany(p => p.Lines.Select(l => (Parcel: p, Line: l)))
            .GroupBy(x => (Hs: x.Line.HsCode ?? "MISSING", Origin: x.Line.OriginCountry ?? "MISSING", x.Parcel.Currency))
            .OrderBy(g => g.Key.Hs, StringComparer.Ordinal).ThenBy(g => g.Key.Origin, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal);
        writer.Table(SummaryColumns, summary.Select(g => (IReadOnlyList<string>)
        [
            g.Key.Hs, g.Key.Origin, string.Join(", ", g.Select(x => x.Line.Description).Distinct(StringComparer.Ordinal)),
            Count(g.Sum(x => (long)x.Line.Quantity)), Amount(g.Sum(x => x.Line.UnitValue * x.Line.Quantity), g.Key.Currency),
            Kg(g.Sum(x => (long)x.Line.UnitWeightGrams * x.Line.Quantity)),
        ]));

        Relief(writer);
        Totals(writer, shipment);

        writer.KeepTogether(100);
        writer.BeginBox("DECLARATION");
        writer.Paragraph(Declaration);
        writer.Blanks(["Signature of exporter", "Name (print)", "Date"]);
        writer.EndBox();
        return writer.ToPdf();
    }

    private static void Check(ConsolidatedShipment shipment, ReturnHub hub, PostalAddress consignee)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(consignee);
    }

    private static void Header(CustomsPaperWriter writer, ConsolidatedShipment shipment, ReturnHub hub, IReadOnlyList<(string Caption, string Value)> extra)
    {
        writer.Fields(
        [
            ("Shipment id", shipment.ShipmentId),
            ("Hub", $"{hub.Name} ({hub.Id})"),
            ("From \u2192 to", $"{shipment.FromCountry} \u2192 {shipment.ToCountry}"),
            ("Date", Date(shipment.ShippedAt)),
            ("Number of parcels", Count(shipment.Parcels.Count)),
            ("Number of packages", "1 (consolidated)"),
            .. extra,
        ], columns: 3);
        writer.Gap(4);
    }

    private static IReadOnlyList<string> HubLines(ReturnHub hub)
    {
        var lines = hub.Address.ToLines();
        return string.IsNullOrWhiteSpace(hub.Address.Name) ? [hub.Name, .. lines] : lines;
    }

    private static void Lines(CustomsPaperWriter writer, ConsolidatedShipment shipment) =>
        writer.Table(LineColumns, shipment.Parcels.SelectMany(p => p.Lines.Select(l => (IReadOnlyList<string>)
        [
            p.ReturnId, l.Sku, l.Description, l.HsCode ?? "MISSING", l.OriginCountry ?? "MISSING", Count(l.Quantity),
            Amount(l.UnitValue * l.Quantity, p.Currency), Kg((long)l.UnitWeightGrams * l.Quantity),
        ])));

    private static void Relief(CustomsPaperWriter writer) => writer.Box("RELIEF CLAIMED", [ReliefStatement]);

    private static void Totals(CustomsPaperWriter writer, ConsolidatedShipment shipment)
    {
        var values = shipment.Parcels
            .GroupBy(p => p.Currency.ToUpperInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Amount(g.Sum(p => p.Value), g.Key));
        writer.KeepTogether(60);
        writer.Heading("TOTALS");
        writer.Fields(
        [
            ("Total parcels", Count(shipment.Parcels.Count)),
            ("Total quantity", Count(shipment.Parcels.Sum(p => p.Lines.Sum(l => (long)l.Quantity)))),
            ("Total weight", Kg(shipment.WeightGrams) + " kg"),
            ("Total value", string.Join(" + ", values)),
            ("Freight", Amount(shipment.Freight, shipment.Currency)),
        ], columns: 5);
        writer.Gap(6);
    }
}
