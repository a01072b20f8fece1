using System.Collections.Concurrent;
using System.Collections.Frozen;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Returns.Adapters.Documents;

/// <summary>
/// Serves the TrueType fonts shipped inside this assembly to PDFsharp, so documents render the same
/// on a machine without system fonts (Linux, Azure Functions). Any family name PDFsharp asks for is
/// served: known families from the family map, everything else with <see cref="DefaultFamily"/>.
/// </summary>
/// <remarks>
/// PDFsharp 6 needs single-file <c>.ttf</c> fonts (no <c>.ttc</c> collections) and has no per-character
/// fallback, so one family per script is shipped and <see cref="ScriptRuns"/> picks the family for each run
/// of text: <see cref="DefaultFamily"/> for Latin, Greek and Cyrillic, <see cref="CjkFamily"/> for Han, kana
/// and full-width forms, <see cref="HangulFamily"/> for Korean. To add a script, drop the files into
/// <c>Documents/Fonts/</c> (they are embedded by a wildcard in the project file), add a family entry to
/// <see cref="Families"/> and a script to <see cref="ScriptRuns"/>.
/// </remarks>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>Latin sans-serif family used for labels (Liberation Sans, SIL OFL 1.1).</summary>
    public const string DefaultFamily = "Liberation Sans";

    /// <summary>Han (Traditional and Simplified Chinese, Japanese kanji), kana and CJK punctuation (Droid Sans Fallback, Apache 2.0).</summary>
    public const string CjkFamily = "Droid Sans Fallback";

    /// <summary>Hangul (Korean) family (NanumGothic, SIL OFL 1.1).</summary>
    public const string HangulFamily = "NanumGothic";

    private const string ResourcePrefix = "Returns.Adapters.Documents.Fonts.";

    /// <summary>Family name (case-insensitive) to the embedded files of its faces.</summary>
    private static readonly FrozenDictionary<string, FontFamilyFiles> Families =
        new Dictionary<string, FontFamilyFiles>(StringComparer.OrdinalIgnoreCase)
        {
            [DefaultFamily] = new("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
            // Droid Sans Fallback has no bold face: bold is simulated from the regular one.
            [CjkFamily] = new("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", SimulatedBold: true),
            [HangulFamily] = new("NanumGothic.ttf", "NanumGothicBold.ttf"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lock RegistrationLock = new();

    private readonly ConcurrentDictionary<string, byte[]> _fontBytes = new(StringComparer.Ordinal);

    private EmbeddedFontResolver()
    {
    }

    /// <summary>The single instance; PDFsharp wants the same resolver instance for the whole process.</summary>
    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>Family names this resolver has files for.</summary>
    public static IReadOnlyCollection<string> KnownFamilies => Families.Keys;

    /// <summary>
    /// Installs <see cref="Instance"/> as PDFsharp's global font resolver unless a resolver is already set
    /// (by an earlier call or by the host). Thread-safe and idempotent; call before creating any XFont.
    /// </summary>
    public static void Register()
    {
        lock (RegistrationLock)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!Families.TryGetValue(familyName, out var files))
        {
            files = Families[DefaultFamily];
        }

        var file = bold ? files.Bold : files.Regular;
        // No italic faces are shipped: PDFsharp slants the upright face instead.
        var simulations = XStyleSimulations.None;
        if (italic)
        {
            simulations |= XStyleSimulations.ItalicSimulation;
        }

        if (bold && files.SimulatedBold)
        {
            simulations |= XStyleSimulations.BoldSimulation;
        }

        return simulations == XStyleSimulations.None
            ? new FontResolverInfo(file)
            : new FontResolverInfo(file, simulations);
    }

    /// <inheritdoc />
    /// <remarks>The face name is the embedded file name returned by <see cref="ResolveTypeface"/>.</remarks>
    public byte[]? GetFont(string faceName) =>
        _fontBytes.GetOrAdd(faceName, static name => LoadResource(name));

    private static byte[] LoadResource(string fileName)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(
                $"Font '{fileName}' is not embedded in {assembly.GetName().Name} (expected resource '{ResourcePrefix}{fileName}').");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed record FontFamilyFiles(string Regular, string Bold, bool SimulatedBold = false);
}
