using System.Net;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// EasyPost refused the request (a 4xx answer) or the adapter cannot go on; sending the same request again will not
/// help. <see cref="Code"/> is EasyPost's <c>error.code</c> ("ADDRESS.VERIFY.FAILURE"), or one of the adapter's own
/// ("RETURNS.NO_MATCHING_RATE"); <see cref="Reason"/> is EasyPost's <c>error.message</c>.
/// </summary>
public class EasyPostException : Exception
{
    public EasyPostException(string code, string reason, HttpStatusCode? statusCode = null,
        IReadOnlyList<string>? fieldErrors = null, Exception? innerException = null)
        : base(Describe(code, reason, statusCode, fieldErrors ?? []), innerException)
    {
        Code = code;
        Reason = reason;
        StatusCode = statusCode;
        FieldErrors = fieldErrors ?? [];
    }

    public string Code { get; }

    public string Reason { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>EasyPost's per-field errors, "field: message" (or the bare string when EasyPost sends strings).</summary>
    public IReadOnlyList<string> FieldErrors { get; }

    /// <summary>Whether a later retry may succeed (the workflow's activity retry policy).</summary>
    public virtual bool IsTransient => false;

    // The durable workflow keeps only the type and message of a failed activity, so the message carries everything.
    private static string Describe(string code, string reason, HttpStatusCode? status, IReadOnlyList<string> fields) =>
        $"EasyPost {code}{(status is { } s ? $" (HTTP {(int)s})" : "")}: {reason}" +
        (fields.Count > 0 ? " [" + string.Join("; ", fields) + "]" : "");
}
