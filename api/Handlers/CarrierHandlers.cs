using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Handlers.Carriers;
using Returns.Api.Http;
using Returns.Api.Security;

namespace Returns.Api.Handlers;

/// <summary>
/// Signed carrier webhooks. Each carrier differs only in its signature and its body; the signature is checked on the
/// raw body before anything is parsed, and every scan goes through the same <see cref="CarrierScanIntake"/>.
/// </summary>
public sealed class CarrierHandlers(CarrierScanIntake intake, IOptions<ReturnsSettings> settings, ILogger<CarrierHandlers> logger)
{
    public const string GenericSignatureHeader = "X-Returns-Signature";
    public const string AfterShipSignatureHeader = "aftership-hmac-sha256";
    public const string EasyPostSignatureHeader = "X-Hmac-Signature";

    /// <summary>POST /api/carriers/generic/events</summary>
    public Task<IResult> GenericEventAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken) =>
        ReceiveAsync<GenericCarrierEvent>(request, client, new Signature(GenericSignatureHeader, settings.Value.CarrierWebhookSecret, WebhookSignatures.VerifyHexWithPrefix),
            GenericEventMapper.Source, GenericEventMapper.Map, cancellationToken);

    /// <summary>POST /api/carriers/aftership/events</summary>
    public Task<IResult> AfterShipEventAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken) =>
        ReceiveAsync<AfterShipWebhook>(request, client, new Signature(AfterShipSignatureHeader, settings.Value.AfterShipWebhookSecret, WebhookSignatures.VerifyBase64),
            AfterShipEventMapper.Source, AfterShipEventMapper.Map, cancellationToken);

    /// <summary>POST /api/carriers/easypost/events</summary>
    public Task<IResult> EasyPostEventAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken) =>
        ReceiveAsync<EasyPostEvent>(request, client, new Signature(EasyPostSignatureHeader, settings.Value.EasyPostWebhookSecret, WebhookSignatures.VerifyEasyPost),
            EasyPostEventMapper.Source, EasyPostEventMapper.Map, cancellationToken);

    private async Task<IResult> ReceiveAsync<T>(HttpRequest request, DurableTaskClient client, Signature signature, string source,
        Func<T, byte[], CarrierWebhookMapping> map, CancellationToken cancellationToken)
        where T : class
    {
        var raw = await RequestBody.ReadRawAsync(request, cancellationToken);
        if (raw.Error is not null)
            return raw.Error;
        // An empty secret would let anyone sign: fail closed.
        if (string.IsNullOrWhiteSpace(signature.Secret) || !signature.Verify(signature.Secret, raw.Bytes, request.Headers[signature.Header]))
        {
            CarrierWebhookLog.BadSignature(logger, source, signature.Header);
            return Problems.Unauthorized($"The {signature.Header} header is missing or does not match the body.");
        }

        var parsed = RequestBody.ParseJson<T>(request, raw.Bytes);
        if (parsed.Error is not null)
            return parsed.Error;
        var mapping = map(parsed.Value!, raw.Bytes);
        if (mapping.Problem is { } problem)
            return Problems.BadRequest(problem);
        if (mapping.Scan is not { } scan)
        {
            CarrierWebhookLog.Ignored(logger, source, mapping.EventId, mapping.IgnoredBecause ?? "");
            return CarrierScanIntake.Ignored(mapping.EventId, mapping.IgnoredBecause ?? "");
        }

        return await intake.AcceptAsync(client, scan, raw.Text, cancellationToken);
    }

    private sealed record Signature(string Header, string Secret, Func<string, byte[], string?, bool> Verify);
}
