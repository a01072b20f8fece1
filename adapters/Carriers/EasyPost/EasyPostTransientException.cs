using System.Net;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// A failure that may pass (429 Too Many Requests, a 5xx answer, a network error or timeout, a refund EasyPost says
/// may be retried): the caller should retry later, after <see cref="RetryAfter"/> when EasyPost sent one.
/// </summary>
public sealed class EasyPostTransientException(
    string code, string reason, HttpStatusCode? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
    : EasyPostException(code, reason, statusCode, null, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public override bool IsTransient => true;
}
