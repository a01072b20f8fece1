using System.Globalization;

namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>Classifies characters by script; text is NFKC-normalised first, so half-width forms never reach here.</summary>
internal static class Scripts
{
    public static CharScript Of(char c) => c switch
    {
        >= '\u3041' and <= '\u309F' => CharScript.Hiragana,
        // U+30FB (・) separates words in Chinese too, so it says nothing about the language.
        '\u30FB' => CharScript.Other,
        >= '\u30A1' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' => CharScript.Katakana,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3131' and <= '\u318E' => CharScript.Hangul,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3005' or '\u3007' => CharScript.Han,
        _ when char.IsLetter(c) || IsMark(c) => CharScript.Letter,
        _ => CharScript.Other,
    };

    /// <summary>A combining accent left unattached after normalisation: part of the word it follows.</summary>
    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsCjk(CharScript script) => script is CharScript.Han or CharScript.Hiragana or CharScript.Katakana;
}
