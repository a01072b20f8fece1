using System.Net;
using Returns.Orchestrations.Ports;
using StripeApi = Stripe;

namespace Returns.Adapters.Payments.Stripe;

/// <summary>
/// Refunds the order's Stripe payment: one Stripe Refund of <see cref="PaymentInstruction.Amount"/> (Stripe's
/// smallest currency unit, which is what the instruction carries; zero-decimal currencies such as JPY are passed as
/// they are) against the PaymentIntent ("pi_...") or Charge ("ch_...") in
/// <see cref="PaymentInstruction.PaymentReference"/>. The instruction's idempotency key is sent as Stripe's
/// Idempotency-Key, so a repeated instruction gets the same Refund back instead of a second one.
/// Store credit, and a refund of nothing, are no card refunds: they go to <paramref name="storeCredit"/> (the ledger).
/// </summary>
public sealed class StripePayments(StripeApi.IStripeClient client, IPayments storeCredit) : IPayments
{
    public const string RefundKind = "refund";
    public const string StoreCreditKind = "storeCredit";
    public const string ExchangeChargeKind = "exchangeCharge";
    public const string Reason = "requested_by_customer";

    private readonly StripeApi.RefundService _refunds = new(client);

    /// <summary>Where store credit and zero refunds go.</summary>
    internal IPayments StoreCredit => storeCredit;

    public async Task<PaymentResult> RefundAsync(PaymentInstruction instruction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        // Store credit, and the charge for an instant exchange whose goods never came back (Stripe cannot charge a
        // card without a saved payment method: the ledger keeps it for the merchant to collect), stay in the ledger.
        if (instruction.Kind is StoreCreditKind or ExchangeChargeKind)
            return await storeCredit.RefundAsync(instruction, cancellationToken);
        if (instruction.Kind != RefundKind)
            throw new StripePaymentException("returns_unsupported_kind", $"Payment kind '{instruction.Kind}' is neither a refund nor store credit.");
        if (instruction.Amount < 0)
            throw new StripePaymentException("returns_negative_amount", $"A refund cannot be negative ({instruction.Amount} {instruction.Currency}).");

        // Stripe refunds the whole remaining payment when no amount is sent, and refuses amount=0: a refund of
        // nothing moves no money, so it is only recorded.
        if (instruction.Amount == 0)
            return await storeCredit.RefundAsync(instruction, cancellationToken);

        var options = new StripeApi.RefundCreateOptions
        {
            Amount = instruction.Amount,
            Reason = Reason,
            Metadata = new Dictionary<string, string>
            {
                ["order_number"] = instruction.OrderNumber,
                ["return_id"] = ReturnId(instruction.IdempotencyKey),
            },
        };
        var reference = instruction.PaymentReference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            throw new StripePaymentException("returns_no_payment_reference",
                $"Order {instruction.OrderNumber} has no Stripe payment reference: refund {instruction.Amount} {instruction.Currency} by hand in the Stripe Dashboard.");
        }

        if (reference.StartsWith("pi_", StringComparison.Ordinal))
            options.PaymentIntent = reference;
        else if (reference.StartsWith("ch_", StringComparison.Ordinal))
            options.Charge = reference;
        else
        {
            throw new StripePaymentException("returns_unsupported_payment_reference",
                $"Order {instruction.OrderNumber} names payment '{reference}', which is neither a Stripe PaymentIntent (pi_...) nor a Charge (ch_...): refund it by hand.");
        }

        StripeApi.Refund refund;
        try
        {
            refund = await _refunds.CreateAsync(options, new StripeApi.RequestOptions { IdempotencyKey = instruction.IdempotencyKey }, cancellationToken);
        }
        catch (StripeApi.StripeException e)
        {
            throw Translate(e);
        }
        catch (HttpRequestException e)
        {
            throw new StripeTransientPaymentException("returns_network_error", e.Message, innerException: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StripeTransientPaymentException("returns_timeout", "Stripe did not answer in time.", innerException: e);
        }

        return new PaymentResult(refund.Id, string.IsNullOrEmpty(refund.Status) ? "pending" : refund.Status);
    }

    /// <summary>The return id in a "{return id}:{kind}" idempotency key.</summary>
    internal static string ReturnId(string idempotencyKey)
    {
        var colon = idempotencyKey.IndexOf(':');
        return colon < 0 ? idempotencyKey : idempotencyKey[..colon];
    }

    /// <summary>
    /// Stripe's error types and status codes: idempotency_error (the key was used with other parameters) and
    /// card_error / invalid_request_error / 401 / 403 / 404 are permanent; 429, 5xx, 424 and other 409s may pass.
    /// </summary>
    internal static StripePaymentException Translate(StripeApi.StripeException e)
    {
        var status = e.HttpStatusCode;
        var error = e.StripeError;
        var type = error?.Type;
        var code = string.IsNullOrEmpty(error?.Code) ? type ?? $"http_{(int)status}" : error.Code;
        var message = error?.Message ?? e.Message;
        var requestId = e.StripeResponse?.RequestId;
        if (type == "idempotency_error")
            return new StripePaymentException(code, message, type, status, requestId, e);

        var transient = status is HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict or HttpStatusCode.FailedDependency
            || (int)status >= 500;
        return transient
            ? new StripeTransientPaymentException(code, message, type, status, requestId, e)
            : new StripePaymentException(code, message, type, status, requestId, e);
    }
}
