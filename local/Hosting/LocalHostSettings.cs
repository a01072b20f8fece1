using System.Security.Cryptography;

namespace Returns.Local.Hosting;

/// <summary>
/// Where the local host listens and keeps its data. The link-signing key is generated once and kept
/// in the data folder, so links in emails stay valid across restarts without any setup.
/// </summary>
public sealed record LocalHostSettings(string Urls, string DataDir, string PublicBaseUrl)
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public static LocalHostSettings From(IConfiguration configuration)
    {
        var urls = configuration["RETURNS_URLS"] is { Length: > 0 } u ? u : DefaultUrls;
        var dataDir = Path.GetFullPath(configuration["RETURNS_DATA_DIR"] is { Length: > 0 } d ? d : "./.data");
        Directory.CreateDirectory(dataDir);
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].Trim().TrimEnd('/');
        return new LocalHostSettings(urls, dataDir, first);
    }

    /// <summary>Short socket path: Unix sockets allow about 100 characters, data folders can be deep.</summary>
    public string SidecarSocketPath
    {
        get
        {
            var inData = Path.Combine(DataDir, "durable.sock");
            if (inData.Length < 100)
                return inData;
            var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(DataDir)))[..16];
            return Path.Combine(Path.GetTempPath(), $"returns-{hash}.sock");
        }
    }

    public string LoadOrCreateSigningKey()
    {
        var path = Path.Combine(DataDir, "link-signing.key");
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
            return existing;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
