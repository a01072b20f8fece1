using Returns.Orchestrations.Domain;

namespace Returns.Api.Integrations;

/// <summary>
/// What a platform's webhook does not know is kept from the stored version of the order: tariff codes, origins,
/// categories and tags the merchant added through POST /api/orders, the incoterm, import charges, the payment
/// reference, and a delivery date or tracking number already learnt.
/// </summary>
public static class PlatformOrderMerge
{
    public static Order KeepKnown(Order? previous, Order incoming)
    {
        if (previous is null)
            return incoming;
        return incoming with
        {
            DeliveredAt = incoming.DeliveredAt ?? previous.DeliveredAt,
            Incoterm = incoming.Incoterm ?? previous.Incoterm,
            ExportDeclarationRef = incoming.ExportDeclarationRef ?? previous.ExportDeclarationRef,
            OutboundTrackingNumber = incoming.OutboundTrackingNumber ?? previous.OutboundTrackingNumber,
            ImportDuty = incoming.ImportDuty ?? previous.ImportDuty,
            ImportTax = incoming.ImportTax ?? previous.ImportTax,
            PaymentReference = incoming.PaymentReference ?? previous.PaymentReference,
            Lines = incoming.Lines.Select(l => previous.FindLine(l.Sku) is { } before ? Keep(before, l) : l).ToList(),
        };
    }

    private static OrderLine Keep(OrderLine before, OrderLine line) => line with
    {
        HsCode = line.HsCode ?? before.HsCode,
        OriginCountry = line.OriginCountry ?? before.OriginCountry,
        Category = line.Category ?? before.Category,
        WeightGrams = line.WeightGrams > 0 ? line.WeightGrams : before.WeightGrams,
        Tags = line.Tags.Count > 0 ? line.Tags : before.Tags,
        Variants = line.Variants.Count > 0 ? line.Variants : before.Variants,
        ImageUrl = line.ImageUrl ?? before.ImageUrl,
        DangerousGoods = line.DangerousGoods ?? before.DangerousGoods,
        BatteryCondition = line.BatteryCondition ?? before.BatteryCondition,
    };
}
