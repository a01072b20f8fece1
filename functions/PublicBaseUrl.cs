namespace Returns.Functions;

/// <summary>
/// Where email links point when RETURNS_PUBLIC_URL is unset: the app's own host name on Azure
/// (WEBSITE_HOSTNAME), otherwise the Functions Core Tools default address.
/// </summary>
public static class PublicBaseUrl
{
    public const string HostnameSetting = "WEBSITE_HOSTNAME";
    public const string LocalDefault = "http://localhost:7071";

    public static string From(string? websiteHostname) =>
        string.IsNullOrWhiteSpace(websiteHostname) ? LocalDefault : $"https://{websiteHostname.Trim().TrimEnd('/')}";
}
