using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers;

/// <summary>Signed carrier webhooks. The signature is checked on the raw body before anything is parsed.</summary>
public sealed class CarrierHandlers(CarrierScanIntake intake, IOptions<ReturnsSettings> settings)
{
    public const string GenericSignatureHeader = "X-Returns-Signature";

    /// <summary>POST /api/carriers/generic/events</summary>
    public async Task<IResult> GenericEventAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var raw = await RequestBody.ReadRawAsync(request, cancellationToken);
        if (raw.Error is not null)
            return raw.Error;
        if (!WebhookSignatures.VerifyHexWithPrefix(settings.Value.CarrierWebhookSecret, raw.Bytes, request.Headers[GenericSignatureHeader]))
            return Problems.Unauthorized($"The {GenericSignatureHeader} header is missing or does not match the body.");

        var parsed = RequestBody.ParseJson<GenericCarrierEvent>(request, raw.Bytes);
        if (parsed.Error is not null)
            return parsed.Error;
        var e = parsed.Value!;
        if (string.IsNullOrWhiteSpace(e.EventId) || e.EventId.Length > 200)
            return Problems.BadRequest("eventId is required (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(e.TrackingNumber) || e.TrackingNumber.Length > 100)
            return Problems.BadRequest("trackingNumber is required (at most 100 characters).");
        if (!ScanCodes.IsKnown(e.Code))
            return Problems.BadRequest($"code must be one of: {string.Join(", ", ScanCodes.All)}.");
        if (e.OccurredAt is null)
            return Problems.BadRequest("occurredAt is required (ISO 8601).");

        return await intake.AcceptAsync(client,
            new CarrierScanIntake.Scan("generic", e.EventId.Trim(), e.TrackingNumber.Trim(), e.Code!, e.OccurredAt.Value, e.Location, e.Description),
            raw.Text, cancellationToken);
    }
}
