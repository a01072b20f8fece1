using System.Net;
using System.Text.Json;

namespace Returns.Tests.Security;

/// <summary>One person's details that must never reach a log: email, name, street line, phone number.</summary>
public sealed record PrivateDetails(string Email, string Name, string Street, string? Phone = null)
{
    /// <summary>Every value and how it could be written: as is, URL-encoded, JSON-escaped, HTML-encoded; phones also as digits.</summary>
    public IEnumerable<(string What, string Text)> Forms()
    {
        foreach (var (what, value) in new[] { ("email", Email), ("name", Name), ("street", Street), ("phone", Phone) })
        {
            if (value is null)
                continue;
            var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                value,
                Uri.EscapeDataString(value),
                WebUtility.UrlEncode(value),
                JsonSerializer.Serialize(value).Trim('"'),
                WebUtility.HtmlEncode(value),
            };
            if (what == "phone")
                forms.Add(new string(value.Where(char.IsDigit).ToArray()));
            foreach (var form in forms)
                yield return (what, form);
        }
    }
}
