using Microsoft.AspNetCore.Http;
using Returns.Api.Http;

namespace Returns.Api.Security;

/// <summary>Merchant and shop-site routes need the admin key in the x-api-key header.</summary>
public static class AdminKey
{
    public const string Header = "x-api-key";

    /// <summary>
    /// Null when the key is right; otherwise the 401 to send. An empty configured key refuses everyone: a blank
    /// RETURNS_ADMIN_API_KEY must not turn "no header" into a match.
    /// </summary>
    public static IResult? Check(HttpRequest request, string? expected) =>
        !string.IsNullOrWhiteSpace(expected) && ConstantTime.Equals(request.Headers[Header].ToString(), expected)
            ? null
            : Problems.Unauthorized($"This route needs a valid {Header} header.");
}
