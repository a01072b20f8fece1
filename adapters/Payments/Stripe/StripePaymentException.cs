using System.Net;

namespace Returns.Adapters.Payments.Stripe;

/// <summary>
/// Stripe refused the refund, or the adapter cannot make one; sending the same instruction again will not help.
/// <see cref="Code"/> is Stripe's <c>error.code</c> ("charge_already_refunded") or one of the adapter's own
/// ("returns_no_payment_reference"); <see cref="ErrorType"/> is Stripe's <c>error.type</c> ("invalid_request_error",
/// "card_error", "idempotency_error", ...); <see cref="Reason"/> is Stripe's <c>error.message</c>.
/// </summary>
public class StripePaymentException : Exception
{
    public StripePaymentException(string code, string reason, string? errorType = null, HttpStatusCode? statusCode = null,
        string? requestId = null, Exception? innerException = null)
        : base(Describe(code, reason, errorType, statusCode, requestId), innerException)
    {
        Code = code;
        Reason = reason;
        ErrorType = errorType;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public string Code { get; }

    public string Reason { get; }

    public string? ErrorType { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Stripe's <c>Request-Id</c> ("req_..."), to find the request in the Dashboard's logs.</summary>
    public string? RequestId { get; }

    /// <summary>Whether a later retry may succeed (the workflow's activity retry policy).</summary>
    public virtual bool IsTransient => false;

    // The durable workflow keeps only the type and message of a failed activity, so the message carries everything.
    private static string Describe(string code, string reason, string? type, HttpStatusCode? status, string? requestId) =>
        $"Stripe {code}{(type is null ? "" : $" ({type})")}{(status is { } s ? $" (HTTP {(int)s})" : "")}: {reason}" +
        (requestId is null ? "" : $" [{requestId}]");
}

/// <summary>
/// A failure that may pass: 429 Too Many Requests, a 5xx answer, a 409 lock conflict, a network error or a timeout.
/// Retry with the same instruction: the Idempotency-Key keeps it to one refund. Note that Stripe replays a saved 5xx
/// answer for the same key (for 24 hours), so an indeterminate refund may need reconciling in the Dashboard.
/// </summary>
public sealed class StripeTransientPaymentException(
    string code, string reason, string? errorType = null, HttpStatusCode? statusCode = null, string? requestId = null,
    Exception? innerException = null)
    : StripePaymentException(code, reason, errorType, statusCode, requestId, innerException)
{
    public override bool IsTransient => true;
}
