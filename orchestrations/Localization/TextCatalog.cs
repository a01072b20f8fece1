using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Returns.Orchestrations.Localization;

/// <summary>
/// Every customer-facing string, one embedded JSON file per language (Localization/Translations/*.json).
/// Keys are dotted paths ("email.stages.received.subject"); a key missing in a language falls back to English.
/// </summary>
public sealed class TextCatalog
{
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "Returns.Translations.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;
    private readonly FrozenDictionary<string, JsonObject> _documents;

    private TextCatalog(IReadOnlyDictionary<string, JsonObject> documents)
    {
        _documents = documents.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _texts = documents.ToFrozenDictionary(d => d.Key, d => Flatten(d.Value), StringComparer.OrdinalIgnoreCase);
        Languages = [.. documents.Keys.OrderBy(k => k == FallbackLanguage ? "" : k, StringComparer.Ordinal)];
    }

    /// <summary>The catalog built from the translation files embedded in this assembly.</summary>
    public static TextCatalog Embedded { get; } = LoadEmbedded();

    /// <summary>Language codes with a translation file, English first.</summary>
    public IReadOnlyList<string> Languages { get; }

    public bool Has(string language) => _texts.ContainsKey(language);

    /// <summary>The text for <paramref name="key"/> in the language (else English, else the key itself).</summary>
    public string Get(string language, string key)
    {
        if (_texts.TryGetValue(language, out var own) && own.TryGetValue(key, out var text))
            return text;
        return _texts[FallbackLanguage].TryGetValue(key, out var english) ? english : key;
    }

    /// <summary>The flattened keys of one language (for completeness checks).</summary>
    public IReadOnlyDictionary<string, string> Texts(string language) => _texts[language];

    /// <summary>One language's file with the given top-level sections, as JSON for the browser.</summary>
    public string SectionsJson(string language, IEnumerable<string> sections)
    {
        var english = _documents[FallbackLanguage];
        var own = _documents.GetValueOrDefault(language) ?? english;
        var result = new JsonObject();
        foreach (var section in sections)
        {
            var node = own[section] ?? english[section];
            if (node is not null)
                result[section] = node.DeepClone();
        }

        return result.ToJsonString();
    }

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var documents = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var language = name[ResourcePrefix.Length..^".json".Length];
            documents[language] = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.AsObject()
                ?? throw new InvalidOperationException($"Translation file {language}.json is empty.");
        }

        if (!documents.ContainsKey(FallbackLanguage))
            throw new InvalidOperationException("The English translation file (en.json) is missing.");
        return new TextCatalog(documents);
    }

    private static FrozenDictionary<string, string> Flatten(JsonObject root)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                        Walk(child, path.Length == 0 ? key : path + "." + key);
                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    texts[path] = s;
                    break;
            }
        }

        Walk(root, "");
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
