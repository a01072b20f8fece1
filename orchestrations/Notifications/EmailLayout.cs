using System.Net;
using System.Text;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Notifications;

/// <summary>
/// Lays out one email as plain text and as simple, inline-styled HTML (email clients ignore style sheets),
/// in the reader's language and writing direction.
/// </summary>
public static class EmailLayout
{
    public sealed record Draft(string Subject, string Body, IReadOnlyList<(string Text, string Url)> Actions, string? Footer = null);

    public static EmailMessage Compose(string id, string to, string? toName, string greeting, string signature, string language, Draft draft)
    {
        var text = new StringBuilder().AppendLine(greeting).AppendLine().AppendLine(draft.Body).AppendLine();
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(WebUtility.HtmlEncode(draft.Subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:24px;background:#f4f4f6;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1d1d1f;line-height:1.5\">")
            .Append("<div style=\"max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px\">")
            .Append("<p style=\"margin:0 0 16px\">").Append(WebUtility.HtmlEncode(greeting)).Append("</p>")
            .Append("<p style=\"margin:0 0 16px\">").Append(WebUtility.HtmlEncode(draft.Body)).Append("</p>");
        foreach (var (label, url) in draft.Actions)
        {
            text.Append(label).Append(": ").AppendLine(url);
            html.Append("<p style=\"margin:0 0 12px\"><a href=\"").Append(WebUtility.HtmlEncode(url))
                .Append("\" style=\"display:inline-block;background:#0b57d0;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600\">")
                .Append(WebUtility.HtmlEncode(label)).Append("</a></p>");
        }

        text.AppendLine().AppendLine(signature);
        html.Append("<p style=\"margin:16px 0 0\">").Append(WebUtility.HtmlEncode(signature)).Append("</p></div>");
        if (draft.Footer is not null)
        {
            text.AppendLine().AppendLine(draft.Footer);
            html.Append("<p style=\"max-width:560px;margin:12px auto 0;font-size:12px;color:#5f6368\">").Append(WebUtility.HtmlEncode(draft.Footer)).Append("</p>");
        }

        html.Append("</body></html>");
        return new EmailMessage(id, to, toName, draft.Subject, text.ToString(), html.ToString(), draft.Actions.Select(a => a.Url).ToArray());
    }
}
