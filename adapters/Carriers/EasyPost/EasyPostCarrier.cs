using System.Text;
using Returns.Adapters.Carriers.EasyPost.Api;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// Return labels bought through EasyPost: create a return Shipment (customs lines when cross-border), buy the chosen
/// rate, download the PDF. Repeat-safe: the return's earlier Shipment, if bought and not voided, is given again
/// instead of buying a second label. Voiding refunds the Shipment. <see cref="LabelInfo"/> names the real carrier
/// and service ("USPS", "Priority"); the tracking number is the carrier's.
/// </summary>
public sealed class EasyPostCarrier(
    EasyPostClient client,
    IEasyPostRateChoices rateChoices,
    IEasyPostCustomsSource customs,
    IEasyPostShipmentIndex index,
    EasyPostSettings settings) : ILabelCarrier
{
    public const string CarrierName = "EasyPost";

    public string Name => CarrierName;

    public async Task<IssuedLabel> IssueAsync(LabelRequest request, CancellationToken cancellationToken = default)
    {
        var shipment = await EarlierLabelAsync(request.ReturnId, cancellationToken) ?? await BuyAsync(request, cancellationToken);
        if (shipment is not { TrackingCode: { } tracking, SelectedRate: { } rate, PostageLabel: { } label })
            throw new EasyPostException("RETURNS.INCOMPLETE_LABEL", $"Shipment {shipment.Id} was bought but has no tracking code, rate or label.");

        await index.RememberTrackingAsync(tracking, shipment.Id, cancellationToken);
        var url = label.LabelPdfUrl ?? label.LabelUrl
            ?? throw new EasyPostException("RETURNS.INCOMPLETE_LABEL", $"Shipment {shipment.Id} has no label URL.");
        var pdf = await client.DownloadLabelAsync(new Uri(url), cancellationToken);
        if (!IsPdf(pdf))
            throw new EasyPostException("RETURNS.LABEL_NOT_PDF",
                $"The label of shipment {shipment.Id} is {label.LabelFileType ?? "not a PDF"}; the label format must be PDF.");

        return new IssuedLabel(new LabelInfo(rate.Carrier, rate.Service, tracking, request.At), pdf);
    }

    public async Task VoidAsync(string trackingNumber, CancellationToken cancellationToken = default)
    {
        // Unknown here means not bought here (a label issued before EasyPost was configured): nothing to refund.
        if (await index.ShipmentForTrackingAsync(trackingNumber, cancellationToken) is not { } shipmentId)
            return;
        var shipment = await client.RetrieveShipmentAsync(shipmentId, cancellationToken);
        if (EasyPostRefundStatuses.IsSettled(shipment.RefundStatus))
            return;

        var refunded = await client.RefundAsync(shipmentId, cancellationToken);
        if (refunded.RefundStatus == EasyPostRefundStatuses.Rejected)
            throw new EasyPostTransientException("RETURNS.REFUND_REJECTED",
                $"EasyPost rejected the refund of shipment {shipmentId}; a refund asked for soon after purchase may be retried.");
    }

    /// <summary>The return's Shipment from an earlier call, when it was bought and not voided since.</summary>
    private async Task<EasyPostShipment?> EarlierLabelAsync(string returnId, CancellationToken cancellationToken)
    {
        if (await index.ShipmentForReturnAsync(returnId, cancellationToken) is not { } shipmentId)
            return null;
        var shipment = await client.RetrieveShipmentAsync(shipmentId, cancellationToken);
        // An unbought one is not reused: its rates may have expired, and a new Shipment costs nothing.
        return shipment.PostageLabel is not null && shipment.RefundStatus is null or EasyPostRefundStatuses.Rejected ? shipment : null;
    }

    private async Task<EasyPostShipment> BuyAsync(LabelRequest request, CancellationToken cancellationToken)
    {
        var choice = await rateChoices.ForAsync(request, cancellationToken);
        IReadOnlyList<EasyPostCustomsLine>? lines = null;
        if (request.CrossBorder)
            lines = await customs.LinesAsync(request, cancellationToken)
                ?? throw new EasyPostException("RETURNS.NO_CUSTOMS_LINES",
                    $"{request.ReturnId} crosses a border but is not a stored return, so its customs lines are unknown.");

        var created = await client.CreateShipmentAsync(EasyPostShipmentBuilder.Build(request, lines, settings.LabelFormat), cancellationToken);
        // Remembered before buying: if the buy's answer is lost, the retry finds this Shipment and sees it bought.
        await index.RememberReturnAsync(request.ReturnId, created.Id, cancellationToken);
        var rate = EasyPostRatePicker.Pick(created, choice);
        return await client.BuyAsync(created.Id, rate.Id, cancellationToken);
    }

    private static bool IsPdf(byte[] file) => file.AsSpan().StartsWith("%PDF-"u8);
}
