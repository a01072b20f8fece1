using System.Net;

namespace Returns.Orchestrations.Ports;

/// <summary>The mail service refused an email with <paramref name="statusCode"/>; <see cref="RetryAfter"/> is its Retry-After, when it sent one.</summary>
public sealed class EmailRefusedException(string message, HttpStatusCode statusCode, TimeSpan? retryAfter = null)
    : HttpRequestException(message, null, statusCode)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
