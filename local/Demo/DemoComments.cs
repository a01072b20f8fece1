namespace Returns.Local.Demo;

/// <summary>What demo customers write when they return something, per reason and language (some write nothing useful).</summary>
public static class DemoComments
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Phrases = new(StringComparer.Ordinal)
    {
        ["size_too_small"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Runs small, I needed a size up", "Too small across the shoulders", "Much tighter than the size chart says"],
            ["de"] = ["Fällt sehr klein aus", "Leider zu klein, bitte eine Nummer größer", "Zu eng an den Schultern"],
            ["fr"] = ["Taille trop petit", "Trop petit au niveau des épaules"],
            ["ja"] = ["サイズが小さかったです", "思ったより小さい", "肩がきつい"],
            ["ko"] = ["사이즈가 작아요", "생각보다 작네요"],
            ["zh-Hant"] = ["尺寸太小了", "偏小，肩膀很緊"],
        },
        ["size_too_large"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Too big for me", "Runs large"],
            ["de"] = ["Zu groß", "Fällt groß aus"],
            ["fr"] = ["Trop grand"],
            ["ja"] = ["サイズが大きすぎました"],
            ["ko"] = ["너무 커요"],
            ["zh-Hant"] = ["太大了"],
        },
        ["not_as_described"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["The colour is different from the photos", "Colour looks nothing like the picture", "Material feels cheaper than described"],
            ["de"] = ["Die Farbe ist anders als auf dem Foto", "Farbe sieht anders aus als auf den Bildern"],
            ["fr"] = ["La couleur est différente de la photo"],
            ["ja"] = ["写真と色が違います", "色が写真と全然違う"],
            ["ko"] = ["사진과 색상이 달라요"],
            ["zh-Hant"] = ["顏色和照片不一樣", "跟圖片顏色差很多"],
        },
        ["defective"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Stopped working after two days", "Broken zipper", "Seam came apart"],
            ["de"] = ["Nach zwei Tagen kaputt", "Reißverschluss defekt"],
            ["fr"] = ["Cassé après deux jours"],
            ["ja"] = ["二日で壊れました", "不良品でした"],
            ["ko"] = ["이틀 만에 고장났어요"],
            ["zh-Hant"] = ["用兩天就壞了"],
        },
        ["damaged_in_transit"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Arrived broken, the box was crushed", "Mug arrived cracked"],
            ["de"] = ["Kam zerbrochen an, Karton beschädigt", "Tasse kam mit einem Sprung an"],
            ["fr"] = ["Arrivé cassé, carton abîmé"],
            ["ja"] = ["届いた時に割れていました", "箱が潰れていて割れていた"],
            ["ko"] = ["배송 중에 깨졌어요"],
            ["zh-Hant"] = ["收到時已經破了，箱子被壓壞"],
        },
        ["late_delivery"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Arrived too late for the trip"],
            ["de"] = ["Kam zu spät an"],
            ["fr"] = ["Livré trop tard"],
            ["ja"] = ["届くのが遅すぎました"],
            ["ko"] = ["배송이 너무 늦었어요"],
            ["zh-Hant"] = ["到貨太慢了"],
        },
        ["changed_mind"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["No longer needed", "Found it cheaper elsewhere", "Bought two by mistake"],
            ["de"] = ["Brauche ich nicht mehr", "Woanders günstiger gefunden"],
            ["fr"] = ["Je n'en ai plus besoin"],
            ["ja"] = ["必要なくなりました", "間違えて二つ買いました"],
            ["ko"] = ["더 이상 필요 없어요"],
            ["zh-Hant"] = ["不需要了"],
        },
    };

    public static string? For(string reason, string language, Random random)
    {
        if (!Phrases.TryGetValue(reason, out var byLanguage) || !byLanguage.TryGetValue(language, out var phrases))
            return null;
        return phrases[random.Next(phrases.Length)];
    }
}
