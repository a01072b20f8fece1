namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Words that say nothing about what is wrong: function words, and the words every return comment uses ("return",
/// "item", 商品). They are left out of a comment's terms; the function words also tell alphabetic languages apart.
/// </summary>
internal static class StopWords
{
    /// <summary>Function words by language, folded as comments are (<see cref="LatinFolding.Fold"/>).</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Function { get; } = new Dictionary<string, HashSet<string>>
    {
        [LanguageIds.English] = Folded(
            """
            a an the and or but if of to in on at for with from by is are was were be been being am it its this that
            these those i me my mine we us our you your he him his she her they them their not no nor so too very just
            really also than then there here what which who whom when where why how do does did done doing have has had
            having will would can could should shall may might must get got getting one all any some more most much many
            bit lot quite only even still again ever as about into out up down over after before because while though
            although well im ive dont doesnt didnt isnt wasnt arent werent cant couldnt wont its s t m ve re ll d don doesn
            didn isn wasn aren weren couldn won hasn haven took take takes make made went goes come came one two three
            """),
        [LanguageIds.German] = Folded(
            """
            der die das den dem des ein eine einer eines einem einen und oder aber wenn weil dass ist sind war waren bin
            bist sein ihr ich du er sie es wir mich mir mein meine meiner meinen meinem dich dir dein uns unser euch
            nicht kein keine keinen sehr zu zum zur auch noch schon nur so wie als am im in an auf aus bei mit nach von
            vor für über unter durch gegen ohne um bis hat habe haben hatte hatten wird werden wurde wurden kann konnte
            könnte muss soll will möchte leider etwas viel ganz gar mal doch ja nein also dann denn da hier dort was wer
            wo wann warum dieser diese dieses diesen man sich einfach bitte danke eigentlich fällt fallen fiel kam kommt
            kamen gefunden zwei drei
            """),
        [LanguageIds.French] = Folded(
            """
            le la les l un une des du de d et ou mais donc car ni que qu qui quoi dont où ce cet cette ces c ça ca je j
            me m moi mon ma mes tu te t toi ton ta tes il elle on nous vous ils elles se s son sa ses leur leurs lui y en
            ne n pas plus très trop peu bien est sont était été être ai as a avons avez ont avait avais fait faire pour
            par avec sans sur sous dans chez entre vers comme aussi encore déjà tout tous toute toutes si au aux cela
            ceci celui celle merci vraiment assez après avant deux trois
            """),
        [LanguageIds.Spanish] = Folded(
            """
            el la los las lo un una unos unas y o u e pero ni que de del al a en con sin por para sobre entre es son era
            eran fue fueron ser estar está estaba estoy están he ha han había hay me mi mis yo tu tú te ti su sus se le
            les nos usted ustedes él ella ellos ellas muy más menos tan tanto ya no si sí como cuando donde porque también
            este esta esto estos estas ese esa eso todo todos toda todas algo nada bien poco gracias demasiado queda
            quedan quedó dos tres después antes
            """),
    };

    /// <summary>The words of returning itself, in every alphabetic language; they never describe the problem.</summary>
    public static HashSet<string> ReturnWords { get; } = Folded(
        """
        return returned returning returns item items product products order ordered purchase purchased bought
        buy refund thing things please thanks thank received arrived want wanted like send sent back
        zurück zurückgeschickt zurücksenden rückgabe retoure retourniert retournieren artikel produkt ware bestellung
        bestellt gekauft kaufen erhalten bekommen geliefert angekommen
        retour retourner retourné renvoi renvoyer renvoyé article articles produit produits commande commandé achat
        acheté reçu remboursement colis livré livrée arrivé arrivée
        devolución devolver devuelto devuelvo artículo artículos producto productos pedido pedí compra comprado compré
        recibí reembolso llegó llegado
        """);

    /// <summary>Korean particles and endings stripped from a word's end to leave its stem ("지퍼가" → "지퍼").</summary>
    public static string[] KoreanParticles { get; } =
        ByLength("으로 에서 에게 한테 까지 부터 처럼 보다 이랑 하고 은 는 이 가 을 를 에 의 도 로 와 과 만 랑");

    public static string[] KoreanEndings { get; } = ByLength(
        "했습니다 었습니다 았습니다 습니다 합니다 니다 했어요 었어요 았어요 였어요 해요 어요 아요 에요 예요 네요 군요 어서 아서 "
        + "지만 는데 은데 고요 했다 하다 죠 요 다 서 고");

    public static HashSet<string> Korean { get; } = Set(
        """
        너무 정말 진짜 조금 그냥 아주 매우 완전 좀더 그리고 하지만 그런데 근데 그래서 이거 이건 이것 그거 저것 저는 제가 나는
        내가 우리 반품 상품 제품 물건 주문 구매 환불 교환 배송 사이즈 생각 했는데 같아 중에 만에 때문에 정도
        """);

    /// <summary>Chinese and Japanese characters that make a bigram meaningless (pronouns, particles, 的, 了).</summary>
    public static HashSet<char> CjkFunctionChars { get; } =
        [.. "的了是我你他她它们們这這那也都就和与與在吗嗎呢吧啊呀哦个個把被着著么麼很私"];

    /// <summary>Hiragana particles: a bigram holding one straddles two words ("袖が").</summary>
    public static HashSet<char> HiraganaParticles { get; } = [.. "のはがをにでともへやかねよ"];

    public static HashSet<string> CjkBigrams { get; } = Set(
        """
        的是 非常 但是 因为 因為 所以 可以 一个 一個 一下 一点 一點 有点 有點 什么 什麼 怎么 怎麼 还是 還是 觉得 覺得 感觉 感覺 已经
        已經 比较 比較 如果 然后 然後 而且 不过 不過 没有 沒有 不是 自己 东西 東西 商品 产品 產品 宝贝 寶貝 退货 退貨 退款 退换 退換
        订单 訂單 购买 購買 收到 卖家 賣家 客服 希望 谢谢 謝謝 一次 时候 時候 实在 實在 真的 其实 其實
        尺码 尺碼 码数 碼數
        です ます ました でした 返品 注文 購入 今回 思い 思っ 感じ 少し 本当 とても サイ イズ
        """);

    private static HashSet<string> Folded(string words) =>
        new(Split(words).Select(w => LatinFolding.Fold(CommentText.Normalize(w))), StringComparer.Ordinal);

    private static HashSet<string> Set(string words) => new(Split(words), StringComparer.Ordinal);

    /// <summary>Longest first, so "어요" is stripped before "요".</summary>
    private static string[] ByLength(string words) => [.. Split(words).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    private static string[] Split(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
