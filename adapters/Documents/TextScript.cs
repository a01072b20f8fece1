namespace Returns.Adapters.Documents;

/// <summary>The scripts the label fonts are chosen by; each has one embedded font family.</summary>
public enum TextScript
{
    /// <summary>Latin, Greek, Cyrillic, digits, ASCII punctuation: Liberation Sans.</summary>
    Latin,

    /// <summary>Han ideographs, Hiragana, Katakana, Bopomofo, CJK punctuation, full-width forms: Droid Sans Fallback.</summary>
    Cjk,

    /// <summary>Hangul syllables and jamo: NanumGothic.</summary>
    Hangul,
}
