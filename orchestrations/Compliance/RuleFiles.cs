using System.Text.Json;
using System.Text.Json.Serialization;

namespace Returns.Orchestrations.Compliance;

/// <summary>Reads one rule file; a file that is not valid JSON of the expected shape names itself in the error.</summary>
internal static class RuleFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static T Read<T>(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new RuleFileException(relative, "the file is empty.");
        }
        catch (JsonException e)
        {
            throw new RuleFileException(relative, e.Message, e);
        }
        catch (IOException e)
        {
            throw new RuleFileException(relative, e.Message, e);
        }
    }

    public static IEnumerable<string> InFolder(string directory, string folder) =>
        Directory.Exists(Path.Combine(directory, folder))
            ? Directory.EnumerateFiles(Path.Combine(directory, folder), "*.json").Order(StringComparer.Ordinal)
            : [];
}
