namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>The writing system of one character, as far as telling the portal languages apart needs.</summary>
internal enum CharScript
{
    /// <summary>Digits, punctuation, spaces, symbols and anything outside the scripts below.</summary>
    Other,

    /// <summary>A letter of an alphabet (Latin, and any other written with spaces between words).</summary>
    Letter,
    Han,
    Hiragana,
    Katakana,
    Hangul,
}
