using Microsoft.Extensions.Options;

namespace Returns.Orchestrations.Notifications;

/// <summary>
/// The links customers and merchants find in emails and pages. Customer links carry the return id and a
/// signed token, never the email address, so no personal data travels in URLs or ends up in logs.
/// </summary>
public sealed class ReturnLinks(IOptions<ReturnLinkOptions> options, TimeProvider? clock = null)
{
    public const string ConfirmPurpose = "confirm";

    /// <summary>Read access to one return: the tracking page, its status, label and documents.</summary>
    public const string TrackPurpose = "track";

    private ReturnLinkOptions Options => options.Value;

    public LinkTokenSigner Signer => new(Options.SigningKey);

    public string ConfirmUrl(string returnId, DateTimeOffset issuedAt, string? language = null) =>
        $"{Options.PublicBaseUrl}/api/returns/confirm?token={Signer.Sign(new LinkToken(returnId, ConfirmPurpose, issuedAt + Options.ConfirmationLinkLifetime))}{LangQuery(language)}";

    /// <summary>A fresh read-access token for one return, valid for <see cref="ReturnLinkOptions.TrackingLinkLifetime"/>.</summary>
    public string AccessToken(string returnId) =>
        Signer.Sign(new LinkToken(returnId, TrackPurpose, (clock ?? TimeProvider.System).GetUtcNow() + Options.TrackingLinkLifetime));

    public string StatusUrl(string returnId) =>
        $"{ReturnApi(returnId)}?token={AccessToken(returnId)}";

    public string TrackingPageUrl(string returnId, string? language = null) =>
        $"{Options.PublicBaseUrl}/portal?return={Uri.EscapeDataString(returnId)}&token={AccessToken(returnId)}{LangQuery(language)}";

    public string LabelUrl(string returnId) =>
        $"{ReturnApi(returnId)}/label?token={AccessToken(returnId)}";

    public string DocumentUrl(string returnId, string kind) =>
        kind == "label"
            ? LabelUrl(returnId)
            : $"{ReturnApi(returnId)}/documents/{Uri.EscapeDataString(kind)}?token={AccessToken(returnId)}";

    public string AdminUrl(string returnId) =>
        $"{Options.PublicBaseUrl}/admin?return={Uri.EscapeDataString(returnId)}";

    /// <summary>The merchant's page of a return's duty and tax claims.</summary>
    public string AdminClaimsUrl(string returnId) =>
        $"{Options.PublicBaseUrl}/admin?return={Uri.EscapeDataString(returnId)}#claims";

    private string ReturnApi(string returnId) => $"{Options.PublicBaseUrl}/api/returns/{Uri.EscapeDataString(returnId)}";

    private static string LangQuery(string? language) =>
        string.IsNullOrEmpty(language) ? "" : "&lang=" + Uri.EscapeDataString(language);
}
