namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Decides which portal language a comment is written in. The script decides for Korean, Japanese and Chinese;
/// Simplified and Traditional Chinese by the return's locale or else by characters only one of them uses. Alphabetic
/// text keeps the locale's language unless its words clearly say otherwise: customers often write in English (or
/// their own language) whatever store they bought from.
/// </summary>
internal static class LanguageDetection
{
    /// <summary>Characters only Traditional Chinese uses; Simplified writes them as the same-position ones below.</summary>
    private static readonly HashSet<char> TraditionalOnly =
        [.. "這們說寬貨壞鬆個來為會還沒對時過麼與問題買賣價錢東車長門開關見覺點實體樣顏質號碼緊細線縫紅綠藍黃顯錯發單訂記讓給"
            + "從應該裡變務產廠圖標準塊壓損換條滿運達遲郵遞際隻裝護電腦機話誤認讀寫學頭髮襪褲亂處張舊歡聽語紙總雖幾嗎爛髒贈禮專業後係"
            + "夠邊嚴濕輕較軟淺簡戶師現經無幫煩謝請貴劃傷殘補齊僅啟區國場網頁視頻"];

    private static readonly HashSet<char> SimplifiedOnly =
        [.. "这们说宽货坏松个来为会还没对时过么与问题买卖价钱东车长门开关见觉点实体样颜质号码紧细线缝红绿蓝黄显错发单订记让给"
            + "从应该变务产厂图标块压损换条满运达迟邮递际装护电脑机话误认读写学头袜裤乱处张旧欢听语纸总虽吗烂脏赠礼专业够边严湿轻较"
            + "软浅简户师现经无帮烦谢请贵伤残补齐仅启区国场网页视频"];

    /// <summary>The language subtag of every Chinese locale; the script or region after it tells which script.</summary>
    private const string ChinesePrimary = "zh";

    private static readonly string[] Alphabetic = [LanguageIds.English, LanguageIds.German, LanguageIds.French, LanguageIds.Spanish];

    /// <summary>Letters only one alphabetic language uses (é is French and Spanish alike, so it is not here).</summary>
    private static readonly Dictionary<char, string> TellingLetters = new()
    {
        ['ä'] = LanguageIds.German, ['ö'] = LanguageIds.German, ['ü'] = LanguageIds.German, ['ß'] = LanguageIds.German,
        ['ñ'] = LanguageIds.Spanish, ['¿'] = LanguageIds.Spanish, ['¡'] = LanguageIds.Spanish, ['á'] = LanguageIds.Spanish,
        ['í'] = LanguageIds.Spanish, ['ó'] = LanguageIds.Spanish, ['ú'] = LanguageIds.Spanish,
        ['è'] = LanguageIds.French, ['ê'] = LanguageIds.French, ['à'] = LanguageIds.French, ['â'] = LanguageIds.French,
        ['ç'] = LanguageIds.French, ['î'] = LanguageIds.French, ['ï'] = LanguageIds.French, ['ô'] = LanguageIds.French,
        ['û'] = LanguageIds.French, ['ù'] = LanguageIds.French, ['ë'] = LanguageIds.French, ['œ'] = LanguageIds.French,
    };

    /// <summary>A keyword of a language's lexicon is stronger evidence than a function word.</summary>
    private const int KeywordWeight = 2;

    /// <summary>Evidence another language needs before it overrides the locale's: at least this, and twice the locale's.</summary>
    private const int ClearScore = 2;

    /// <summary>Han-only text: Chinese, unless the return is Japanese (Japanese comments can be all kanji: 初期不良).</summary>
    public static string HanOnly(string text, string? hint)
    {
        var (language, subtags) = Parse(hint);
        if (language == LanguageIds.Japanese)
            return LanguageIds.Japanese;
        if (language == ChinesePrimary && ChineseScript(subtags) is { } script)
            return script;
        var traditional = text.Count(TraditionalOnly.Contains);
        var simplified = text.Count(SimplifiedOnly.Contains);
        return traditional > simplified ? LanguageIds.TraditionalChinese : LanguageIds.SimplifiedChinese;
    }

    /// <param name="text">The normalised comment, for letters that belong to one language.</param>
    /// <param name="words">Its folded words.</param>
    /// <param name="keywordHits">Keywords each alphabetic language's lexicon found.</param>
    /// <param name="hint">The return's locale.</param>
    public static string Alphabet(string text, IReadOnlyList<string> words, IReadOnlyDictionary<string, int> keywordHits, string? hint)
    {
        var scores = new int[Alphabetic.Length];
        for (var i = 0; i < Alphabetic.Length; i++)
        {
            var stops = StopWords.Function[Alphabetic[i]];
            scores[i] = KeywordWeight * keywordHits.GetValueOrDefault(Alphabetic[i]) + words.Count(stops.Contains);
        }

        foreach (var c in text)
        {
            if (TellingLetters.TryGetValue(c, out var language))
                scores[Array.IndexOf(Alphabetic, language)]++;
        }

        var hinted = Array.IndexOf(Alphabetic, Parse(hint).Language);
        var best = Best(scores, except: hinted);
        if (hinted < 0)
            return Alphabetic[best];
        return scores[best] >= ClearScore && scores[best] > 2 * scores[hinted] ? Alphabetic[best] : Alphabetic[hinted];
    }

    /// <summary>The highest score's index, the first on ties (English before the others).</summary>
    private static int Best(int[] scores, int except)
    {
        var best = except == 0 ? 1 : 0;
        for (var i = best + 1; i < scores.Length; i++)
        {
            if (i != except && scores[i] > scores[best])
                best = i;
        }

        return best;
    }

    /// <summary>The portal language a locale names, for a comment with no letters to tell by ("👍", "???").</summary>
    public static string OfHint(string? hint)
    {
        var (language, subtags) = Parse(hint);
        if (language == ChinesePrimary)
            return ChineseScript(subtags) ?? LanguageIds.SimplifiedChinese;
        return language is not null && LanguageIds.All.Contains(language) ? language : LanguageIds.English;
    }

    /// <summary>"zh-TW" → ("zh", ["TW"]); null language for a blank hint.</summary>
    private static (string? Language, string[] Subtags) Parse(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
            return (null, []);
        var parts = hint.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0
            ? (null, [])
            : (parts[0].ToLowerInvariant(), [.. parts.Skip(1).Select(p => p.ToUpperInvariant())]);
    }

    private static string? ChineseScript(string[] subtags)
    {
        foreach (var subtag in subtags)
        {
            switch (subtag)
            {
                case "HANT" or "TW" or "HK" or "MO":
                    return LanguageIds.TraditionalChinese;
                case "HANS" or "CN" or "SG" or "MY":
                    return LanguageIds.SimplifiedChinese;
            }
        }

        return null;
    }
}
