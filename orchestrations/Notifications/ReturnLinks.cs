using Microsoft.Extensions.Options;

namespace Returns.Orchestrations.Notifications;

/// <summary>The links customers and merchants find in emails.</summary>
public sealed class ReturnLinks(IOptions<ReturnLinkOptions> options)
{
    public const string ConfirmPurpose = "confirm";

    private ReturnLinkOptions Options => options.Value;

    public LinkTokenSigner Signer => new(Options.SigningKey);

    public string ConfirmUrl(string returnId, DateTimeOffset issuedAt) =>
        $"{Options.PublicBaseUrl}/api/returns/confirm?token={Signer.Sign(new LinkToken(returnId, ConfirmPurpose, issuedAt + Options.ConfirmationLinkLifetime))}";

    public string StatusUrl(string returnId, string email) =>
        $"{Options.PublicBaseUrl}/api/returns/{Uri.EscapeDataString(returnId)}?email={Uri.EscapeDataString(email)}";

    public string TrackingPageUrl(string returnId, string email) =>
        $"{Options.PublicBaseUrl}/portal?return={Uri.EscapeDataString(returnId)}&email={Uri.EscapeDataString(email)}";

    public string LabelUrl(string returnId, string email) =>
        $"{Options.PublicBaseUrl}/api/returns/{Uri.EscapeDataString(returnId)}/label?email={Uri.EscapeDataString(email)}";

    public string DocumentUrl(string returnId, string email, string kind) =>
        kind == "label"
            ? LabelUrl(returnId, email)
            : $"{Options.PublicBaseUrl}/api/returns/{Uri.EscapeDataString(returnId)}/documents/{Uri.EscapeDataString(kind)}?email={Uri.EscapeDataString(email)}";

    public string AdminUrl(string returnId) =>
        $"{Options.PublicBaseUrl}/admin?return={Uri.EscapeDataString(returnId)}";
}
