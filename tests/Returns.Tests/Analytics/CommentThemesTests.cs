using System.Globalization;
using Returns.Orchestrations.Analytics.Themes;

namespace Returns.Tests.Analytics;

public sealed class CommentThemesTests
{
    [Theory]
    [InlineData("It runs small, way too tight", null, "en")]
    [InlineData("Fällt leider zu klein aus", null, "de")]
    [InlineData("Beaucoup trop petit pour moi", null, "fr")]
    [InlineData("Me queda muy pequeño", null, "es")]
    [InlineData("サイズが小さくてきつかったです", null, "ja")]
    [InlineData("这件衣服太小了", null, "zh-Hans")]
    [InlineData("這件衣服太小了", null, "zh-Hant")]
    [InlineData("사이즈가 너무 작아요", null, "ko")]
    [InlineData("Smaller than expected", "en-US", "en")]
    [InlineData("Taille petit, trop serré", "fr-FR", "fr")]
    [InlineData("Talla pequeña, muy apretado", "es-ES", "es")]
    [InlineData("少しきついです", "ja-JP", "ja")]
    [InlineData("偏小，有点紧", "zh-CN", "zh-Hans")]
    [InlineData("偏小，有點緊", "zh-TW", "zh-Hant")]
    [InlineData("작네요, 끼어요", "ko-KR", "ko")]
    public void Analyze_TooSmallInEachLanguage_IsRunsSmallInThatLanguage(string comment, string? hint, string language)
    {
        var analysis = CommentThemes.Analyze(comment, hint);

        Assert.Equal(language, analysis.Language);
        Assert.Contains(ThemeIds.RunsSmall, analysis.Themes);
        Assert.DoesNotContain(ThemeIds.RunsLarge, analysis.Themes);
    }

    [Theory]
    [InlineData("Way too big, very baggy", "en")]
    [InlineData("Viel zu groß", "de")]
    [InlineData("Trop grand et trop large", "fr")]
    [InlineData("Me queda demasiado grande", "es")]
    [InlineData("大きすぎてぶかぶかでした", "ja")]
    [InlineData("尺码偏大，太松了", "zh-Hans")]
    [InlineData("尺碼偏大，太鬆了", "zh-Hant")]
    [InlineData("너무 커요 헐렁해요", "ko")]
    public void Analyze_TooLarge_IsRunsLarge(string comment, string language)
    {
        var analysis = CommentThemes.Analyze(comment, null);

        Assert.Equal(language, analysis.Language);
        Assert.Equal([ThemeIds.RunsLarge], analysis.Themes);
    }

    [Theory]
    [InlineData("Defective, stopped working after two days", ThemeIds.Quality)]
    [InlineData("Das Gerät ist defekt", ThemeIds.Quality)]
    [InlineData("Produit défectueux, ne fonctionne pas", ThemeIds.Quality)]
    [InlineData("No funciona, es defectuoso", ThemeIds.Quality)]
    [InlineData("初期不良で動きません", ThemeIds.Quality)]
    [InlineData("质量太差，不能用", ThemeIds.Quality)]
    [InlineData("品質很差", ThemeIds.Quality)]
    [InlineData("초기 불량이에요", ThemeIds.Quality)]
    [InlineData("Arrived broken", ThemeIds.Damaged)]
    [InlineData("Kaputt angekommen", ThemeIds.Damaged)]
    [InlineData("L'écran est cassé", ThemeIds.Damaged)]
    [InlineData("Llegó roto", ThemeIds.Damaged)]
    [InlineData("画面が割れていました", ThemeIds.Damaged)]
    [InlineData("屏幕碎了", ThemeIds.Damaged)]
    [InlineData("화면이 깨졌어요", ThemeIds.Damaged)]
    public void Analyze_DefectOrBreakage_IsQualityOrDamaged(string comment, string theme) =>
        Assert.Equal([theme], CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("The colour is different from the photos", null)]
    [InlineData("Die Farbe ist anders als auf dem Bild", null)]
    [InlineData("La couleur ne correspond pas à la photo", null)]
    [InlineData("El color no es como en la foto", null)]
    [InlineData("写真と色が違います", null)]
    [InlineData("颜色和照片不一样", null)]
    [InlineData("顏色跟圖片不一樣", null)]
    [InlineData("사진과 색상이 달라요", null)]
    [InlineData("Material", "de-DE")]
    public void Analyze_ColourOrMaterialUnlikeThePhotos_IsNotAsPictured(string comment, string? hint) =>
        Assert.Equal([ThemeIds.NotAsPictured], CommentThemes.Analyze(comment, hint).Themes);

    [Theory]
    [InlineData("Arrived two weeks late, after the party")]
    [InlineData("Die Lieferung hat zu lange gedauert")]
    [InlineData("Livraison en retard")]
    [InlineData("Llegó tarde")]
    [InlineData("届くのが遅かった")]
    [InlineData("物流太慢了")]
    [InlineData("物流太慢，來不及用")]
    [InlineData("배송이 너무 늦었어요")]
    public void Analyze_LateDelivery_IsLate(string comment) =>
        Assert.Equal([ThemeIds.Late], CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("They sent me the wrong item")]
    [InlineData("Falscher Artikel geliefert")]
    [InlineData("J'ai reçu le mauvais article")]
    [InlineData("Me enviaron otro producto")]
    [InlineData("注文と違う商品が届きました")]
    [InlineData("发错货了")]
    [InlineData("寄錯商品了")]
    [InlineData("다른 상품이 왔어요")]
    public void Analyze_WrongItem_IsWrongItem(string comment) =>
        Assert.Equal([ThemeIds.WrongItem], CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("The box was damaged")]
    [InlineData("Karton war beschädigt")]
    [InlineData("Colis abîmé, boîte écrasée")]
    [InlineData("La caja llegó rota")]
    [InlineData("箱が潰れていました")]
    [InlineData("包装破损")]
    [InlineData("包裝破損")]
    [InlineData("박스가 파손되어 왔어요")]
    public void Analyze_DamagedBox_IsDamagedAndPackaging(string comment) =>
        Assert.Equal([ThemeIds.Damaged, ThemeIds.Packaging], CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("サイズが小さくて色も写真と違いました", "ja")]
    [InlineData("尺码偏小颜色也和图片不一样", "zh-Hans")]
    [InlineData("사이즈가작고색상도사진과달라요", "ko")]
    public void Analyze_CjkWithoutSpaces_FindsEveryTheme(string comment, string language)
    {
        var analysis = CommentThemes.Analyze(comment, null);

        Assert.Equal(language, analysis.Language);
        Assert.Equal([ThemeIds.RunsSmall, ThemeIds.NotAsPictured], analysis.Themes);
    }

    [Theory]
    [InlineData("这个颜色不对", null, "zh-Hans")]
    [InlineData("這個顏色不對", null, "zh-Hant")]
    [InlineData("说明书不见了，宽度也不合适", null, "zh-Hans")]
    [InlineData("說明書不見了，寬度也不合適", null, "zh-Hant")]
    [InlineData("太小了", null, "zh-Hans")]
    [InlineData("太小了", "zh-TW", "zh-Hant")]
    [InlineData("太小了", "zh-HK", "zh-Hant")]
    [InlineData("太小了", "zh-MO", "zh-Hant")]
    [InlineData("太小了", "zh-Hant", "zh-Hant")]
    [InlineData("太小了", "zh-CN", "zh-Hans")]
    [InlineData("太小了", "zh_SG", "zh-Hans")]
    [InlineData("這個太小", "zh-CN", "zh-Hans")]
    [InlineData("这个太小", "zh", "zh-Hans")]
    [InlineData("這個太小", "en-US", "zh-Hant")]
    public void Analyze_Chinese_TellsTheScriptByHintOrElseByCharacters(string comment, string? hint, string language) =>
        Assert.Equal(language, CommentThemes.Analyze(comment, hint).Language);

    [Theory]
    [InlineData("Fällt klein aus")]
    [InlineData("Faellt klein aus")]
    [InlineData("Fallt klein aus")]
    [InlineData("FÄLLT KLEIN AUS")]
    public void Analyze_GermanWithOrWithoutUmlauts_IsTheSame(string comment)
    {
        var analysis = CommentThemes.Analyze(comment, null);

        Assert.Equal("de", analysis.Language);
        Assert.Equal([ThemeIds.RunsSmall], analysis.Themes);
    }

    [Theory]
    [InlineData("Größe passt nicht")]
    [InlineData("Groesse passt nicht")]
    [InlineData("Grosse passt nicht")]
    public void Analyze_GermanSizeWithOrWithoutEszett_IsFit(string comment) =>
        Assert.Equal([ThemeIds.Fit], CommentThemes.Analyze(comment, "de-DE").Themes);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Analyze_NullOrBlank_IsEmpty(string? comment)
    {
        var analysis = CommentThemes.Analyze(comment, "de-DE");

        Assert.Same(CommentAnalysis.Empty, analysis);
        Assert.True(analysis.IsEmpty);
        Assert.Equal("", analysis.Language);
        Assert.Empty(analysis.Themes);
        Assert.Empty(analysis.Terms);
    }

    [Fact]
    public void Analyze_NoLetters_IsNotEmptyAndTakesTheHintsLanguage()
    {
        var analysis = CommentThemes.Analyze("!!! 👍", "ja-JP");

        Assert.False(analysis.IsEmpty);
        Assert.Equal("ja", analysis.Language);
        Assert.Empty(analysis.Themes);
    }

    [Theory]
    [InlineData("Too small", "de-DE", "en")]
    [InlineData("zu klein", "en-US", "de")]
    [InlineData("Taille trop petite", "en-GB", "fr")]
    [InlineData("Material", "de-DE", "de")]
    [InlineData("Material", "es-MX", "es")]
    [InlineData("Material", null, "en")]
    [InlineData("Material", "ja-JP", "en")]
    public void Analyze_AlphabeticText_KeepsTheHintUnlessTheWordsClearlySayOtherwise(string comment, string? hint, string language) =>
        Assert.Equal(language, CommentThemes.Analyze(comment, hint).Language);

    [Fact]
    public void Analyze_UnthemedEnglish_TermsAreKeywordsWithoutStopwords()
    {
        var analysis = CommentThemes.Analyze("The zipper keeps getting stuck halfway", null);

        Assert.Empty(analysis.Themes);
        Assert.Contains("zipper", analysis.Terms);
        Assert.Contains("stuck", analysis.Terms);
        Assert.DoesNotContain("the", analysis.Terms);
        Assert.DoesNotContain("getting", analysis.Terms);
    }

    [Fact]
    public void Analyze_UnthemedGerman_TermsAreFoldedKeywordsWithoutStopwords()
    {
        var analysis = CommentThemes.Analyze("Der Reißverschluss klemmt ständig, leider zurück", "de-DE");

        Assert.Empty(analysis.Themes);
        Assert.Equal(["reissverschluss", "klemmt", "standig"], analysis.Terms);
    }

    [Fact]
    public void Analyze_UnthemedJapanese_TermsAreBigramsWithoutParticles()
    {
        var analysis = CommentThemes.Analyze("ボタンの位置が変です", null);

        Assert.Empty(analysis.Themes);
        Assert.Contains("位置", analysis.Terms);
        Assert.All(analysis.Terms, t => Assert.Equal(2, t.Length));
        Assert.DoesNotContain("です", analysis.Terms);
        Assert.DoesNotContain(analysis.Terms, t => t.Contains('の') || t.Contains('が'));
    }

    [Fact]
    public void Analyze_UnthemedChinese_TermsAreBigramsWithoutStopwords()
    {
        var analysis = CommentThemes.Analyze("我的拉链不好拉，退货", null);

        Assert.Empty(analysis.Themes);
        Assert.Contains("拉链", analysis.Terms);
        Assert.DoesNotContain(analysis.Terms, t => t.Contains('我') || t.Contains('的'));
        Assert.DoesNotContain("退货", analysis.Terms);
    }

    [Fact]
    public void Analyze_UnthemedKorean_TermsAreStemsWithoutParticles()
    {
        var analysis = CommentThemes.Analyze("지퍼가 잘 안 올라가요", null);

        Assert.Empty(analysis.Themes);
        Assert.Equal(["지퍼", "올라가"], analysis.Terms);
    }

    [Fact]
    public void Analyze_ThemedComment_TermsLeaveOutTheThemesKeywords()
    {
        var analysis = CommentThemes.Analyze("Too small in the shoulders", null);

        Assert.Equal([ThemeIds.RunsSmall], analysis.Themes);
        Assert.Equal(["shoulders"], analysis.Terms);
    }

    [Fact]
    public void Analyze_LongComment_KeepsAtMostFiveTermsInFirstSeenOrder()
    {
        var analysis = CommentThemes.Analyze(
            "Zipper zipper handle strap buckle lining pocket collar hood sleeve cuff hem", null);

        Assert.Equal(["zipper", "handle", "strap", "buckle", "lining"], analysis.Terms);
    }

    [Theory]
    [InlineData("Der Reißverschluss, die Knöpfe, der Kragen, die Taschen und das Futter klemmen oder reißen ständig")]
    [InlineData("ファスナーとボタンと襟とポケットと裏地の縫い目がすぐにほどけてしまいました")]
    [InlineData("拉链纽扣领子口袋内衬和肩带都很难用而且容易掉")]
    [InlineData("지퍼 단추 칼라 주머니 안감 어깨끈 모두 불량품 같아요")]
    public void Analyze_LongCommentInAnyScript_KeepsAtMostFiveTerms(string comment)
    {
        var terms = CommentThemes.Analyze(comment, null).Terms;

        Assert.InRange(terms.Count, 1, 5);
        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.All(terms, t => Assert.Equal(t.ToLowerInvariant(), t));
    }

    [Fact]
    public void Analyze_SeveralKeywordsOfOneTheme_ListsEachThemeOnceInDisplayOrder()
    {
        var analysis = CommentThemes.Analyze("The box was damaged, too small and too tight, and too small again", null);

        Assert.Equal([ThemeIds.RunsSmall, ThemeIds.Damaged, ThemeIds.Packaging], analysis.Themes);
    }

    [Theory]
    [InlineData("Not too small, but the colour is off", ThemeIds.NotAsPictured)]
    [InlineData("Wasn't damaged, just too big", ThemeIds.RunsLarge)]
    [InlineData("Love the colour but it runs small", ThemeIds.RunsSmall)]
    [InlineData("Exactly as described, just changed my mind", ThemeIds.ChangedMind)]
    [InlineData("It took too long to arrive", ThemeIds.Late)]
    [InlineData("Die Hose ist nicht zu klein, aber die Farbe gefällt mir nicht", ThemeIds.NotAsPictured)]
    [InlineData("サイズが小さくないけど、色がイメージと違いました", ThemeIds.NotAsPictured)]
    [InlineData("不太小，但是颜色不对", ThemeIds.NotAsPictured)]
    [InlineData("안 작아요 색상이 달라요", ThemeIds.NotAsPictured)]
    [InlineData("品質は良いですが大きすぎました", ThemeIds.RunsLarge)]
    public void Analyze_NegatedOrPraisingPhrase_DoesNotCountAsAComplaint(string comment, string theme) =>
        Assert.Contains(theme, CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("Not too small, but the colour is off", ThemeIds.RunsSmall)]
    [InlineData("Love the colour but it runs small", ThemeIds.NotAsPictured)]
    [InlineData("It took too long to arrive", ThemeIds.RunsLarge)]
    [InlineData("Die Hose ist nicht zu klein", ThemeIds.RunsSmall)]
    [InlineData("サイズが小さくないけど、色がイメージと違いました", ThemeIds.RunsSmall)]
    [InlineData("不太小，但是颜色不对", ThemeIds.RunsSmall)]
    [InlineData("안 작아요 색상이 달라요", ThemeIds.RunsSmall)]
    [InlineData("品質は良いですが大きすぎました", ThemeIds.Quality)]
    [InlineData("茶色のシャツ、長すぎます", ThemeIds.NotAsPictured)]
    [InlineData("紧急退货，太大了", ThemeIds.RunsSmall)]
    public void Analyze_NegatedOrPraisingPhrase_DoesNotAddTheMentionedTheme(string comment, string theme) =>
        Assert.DoesNotContain(theme, CommentThemes.Analyze(comment, null).Themes);

    [Theory]
    [InlineData("ＴＯＯ　ＳＭＡＬＬ", "en")]
    [InlineData("ｻｲｽﾞが小さい", "ja")]
    public void Analyze_FullOrHalfWidthForms_AreNormalised(string comment, string language)
    {
        var analysis = CommentThemes.Analyze(comment, null);

        Assert.Equal(language, analysis.Language);
        Assert.Equal([ThemeIds.RunsSmall], analysis.Themes);
    }

    [Theory]
    [InlineData("Runs small", ThemeIds.RunsSmall)]
    [InlineData("Fällt sehr klein aus", ThemeIds.RunsSmall)]
    [InlineData("サイズが小さかったです", ThemeIds.RunsSmall)]
    [InlineData("颜色和照片不一样", ThemeIds.NotAsPictured)]
    [InlineData("사진과 색상이 달라요", ThemeIds.NotAsPictured)]
    [InlineData("Arrived broken", ThemeIds.Damaged)]
    [InlineData("lovely but not for me", ThemeIds.ChangedMind)]
    [InlineData("No longer needed, found it cheaper elsewhere", ThemeIds.ChangedMind)]
    [InlineData("Es fehlt das Ladekabel", ThemeIds.MissingParts)]
    [InlineData("部品が足りません", ThemeIds.MissingParts)]
    public void Analyze_DashboardSamples_HaveTheirTheme(string comment, string theme) =>
        Assert.Equal([theme], CommentThemes.Analyze(comment, null).Themes);

    [Fact]
    public void Analyze_SameCommentTwiceOrUnderAnotherCulture_GivesTheSameAnalysis()
    {
        string[] comments = ["TIGHT AND IRRITATING", "Fällt klein aus", "尺码偏小颜色也不对", "지퍼가 잘 안 올라가요", "ボタンの位置が変です"];
        var first = comments.Select(c => CommentThemes.Analyze(c, "en-US")).ToArray();

        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(first, comments.Select(c => CommentThemes.Analyze(c, "en-US")));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal([ThemeIds.RunsSmall], first[0].Themes);
        Assert.Equal(first, comments.Select(c => CommentThemes.Analyze(c, "en-US")));
    }

    [Fact]
    public void All_ListsElevenDistinctThemesEachWithALabel()
    {
        Assert.Equal(11, CommentThemes.All.Count);
        Assert.Equal(CommentThemes.All.Count, CommentThemes.All.Distinct().Count());
        Assert.All(CommentThemes.All, id => Assert.NotEqual(id, CommentThemes.Label(id)));
        Assert.Equal("Runs small", CommentThemes.Label(ThemeIds.RunsSmall));
    }

    [Fact]
    public void Label_UnknownTheme_IsTheIdItself() => Assert.Equal("other", CommentThemes.Label("other"));
}
