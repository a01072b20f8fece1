using System.Text;
using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

public class ScriptRunsTests
{
    [Fact]
    public void Split_ChineseCaptionWithEnglishAndAddress_AlternatesCjkAndLatinRuns()
    {
        var runs = ScriptRuns.Split("收件人 SHIP TO: 王小明, 台北市");

        Assert.Equal(
            [
                new ScriptRun(TextScript.Cjk, "收件人 "),
                new ScriptRun(TextScript.Latin, "SHIP TO: "),
                new ScriptRun(TextScript.Cjk, "王小明"),
                new ScriptRun(TextScript.Latin, ", "),
                new ScriptRun(TextScript.Cjk, "台北市"),
            ],
            runs);
    }

    [Fact]
    public void Split_KoreanNameAndAddress_KeepsHangulWithSpacesInOneRun()
    {
        var runs = ScriptRuns.Split("김민수 서울특별시 중구 세종대로 110");

        Assert.Equal([new ScriptRun(TextScript.Hangul, "김민수 서울특별시 중구 세종대로 "), new ScriptRun(TextScript.Latin, "110")], runs);
    }

    [Theory]
    [InlineData("ひらがな")]
    [InlineData("カタカナ")]
    [InlineData("ｶﾀｶﾅ")] // half-width katakana
    [InlineData("、。「」（）：")] // CJK and full-width punctuation
    [InlineData("ＡＢＣ１２３")] // full-width Latin letters and digits
    [InlineData("〒東京")]
    [InlineData("丸の内")]
    [InlineData("𠀋")] // CJK extension B (a surrogate pair)
    public void Split_HanKanaAndFullWidthForms_AreOneCjkRun(string text)
    {
        var run = Assert.Single(ScriptRuns.Split(text));

        Assert.Equal(TextScript.Cjk, run.Script);
        Assert.Equal(text, run.Text);
    }

    [Theory]
    [InlineData("Jürgen Müller-Lüdenscheidt")]
    [InlineData("Łódź")]
    [InlineData("Αθήνα")]
    [InlineData("Москва")]
    [InlineData("2 × T-Shirt (TEE) …")]
    public void Split_LatinGreekCyrillic_AreOneLatinRun(string text)
    {
        var run = Assert.Single(ScriptRuns.Split(text));

        Assert.Equal(TextScript.Latin, run.Script);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("  王小明")]
    [InlineData("Anna 김민수 東京 Łódź  ")]
    [InlineData("ｱｲｳ ﾭﾮ 한국 ＡＢ")]
    public void Split_AnyText_RunsConcatenateToTheInput(string text)
    {
        var runs = ScriptRuns.Split(text);

        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.NotEqual(pair.First.Script, pair.Second.Script));
    }

    [Fact]
    public void Split_LeadingWhitespace_JoinsTheFollowingRun()
    {
        var run = Assert.Single(ScriptRuns.Split("  王小明"));

        Assert.Equal(TextScript.Cjk, run.Script);
    }

    [Theory]
    [InlineData(0xAC00, TextScript.Hangul)] // 가
    [InlineData(0x3131, TextScript.Hangul)] // compatibility jamo ㄱ
    [InlineData(0xFFA1, TextScript.Hangul)] // half-width ﾡ
    [InlineData(0x4E00, TextScript.Cjk)]
    [InlineData(0x3042, TextScript.Cjk)] // あ
    [InlineData(0xFF0C, TextScript.Cjk)] // ，
    [InlineData(0x0041, TextScript.Latin)]
    [InlineData(0x00D7, TextScript.Latin)] // ×
    [InlineData(0x2026, TextScript.Latin)] // …
    public void ScriptOf_CodePoint_IsItsScript(int codePoint, TextScript expected)
    {
        Assert.Equal(expected, ScriptRuns.ScriptOf(new Rune(codePoint)));
    }

    [Theory]
    [InlineData(TextScript.Latin)]
    [InlineData(TextScript.Cjk)]
    [InlineData(TextScript.Hangul)]
    public void FamilyFor_EveryScript_IsAnEmbeddedFamily(TextScript script)
    {
        Assert.Contains(ScriptRuns.FamilyFor(script), EmbeddedFontResolver.KnownFamilies);
    }
}
