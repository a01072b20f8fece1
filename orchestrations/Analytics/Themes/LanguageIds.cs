namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>The languages a comment is reported in: the portal's translation files (Localization/Translations).</summary>
public static class LanguageIds
{
    public const string English = "en";
    public const string German = "de";
    public const string French = "fr";
    public const string Spanish = "es";
    public const string Japanese = "ja";
    public const string Korean = "ko";
    public const string SimplifiedChinese = "zh-Hans";
    public const string TraditionalChinese = "zh-Hant";

    public static IReadOnlyList<string> All { get; } =
        [English, German, French, Spanish, Japanese, Korean, SimplifiedChinese, TraditionalChinese];
}
