using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

public sealed class ScriptTextDrawerTests : IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly XGraphics _gfx;
    private readonly ScriptTextDrawer _text;

    public ScriptTextDrawerTests()
    {
        EmbeddedFontResolver.Register();
        _gfx = XGraphics.FromPdfPage(_document.AddPage());
        _text = new ScriptTextDrawer(_gfx);
    }

    public void Dispose()
    {
        _gfx.Dispose();
        _document.Dispose();
    }

    [Fact]
    public void Measure_MixedText_IsTheSumOfItsRuns()
    {
        var whole = _text.Measure("收件人 SHIP TO 김민수", 10, bold: false);
        var parts = _text.Measure("收件人 ", 10, false) + _text.Measure("SHIP TO ", 10, false) + _text.Measure("김민수", 10, false);

        Assert.Equal(parts, whole, 3);
        Assert.True(_text.Measure("王小明", 10, bold: false) > 25, "Three ideographs at 10 pt are about 30 pt wide.");
    }

    [Fact]
    public void Wrap_ChineseSentence_BreaksBetweenCharactersAndKeepsPunctuationOffLineStarts()
    {
        const string sentence = "剪下第 1 頁的標籤，牢牢貼在包裹最大的一面，並蓋住所有舊標籤。請保留收據，直到收到退款為止。";
        const double width = 120;

        var lines = _text.Wrap(sentence, 10, bold: false, width);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(_text.Measure(l, 10, false) <= width + 0.01, $"'{l}' is wider than {width} pt."));
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "，。、）」"));
        Assert.Equal(Squash(sentence), Squash(string.Concat(lines)));
    }

    [Fact]
    public void Wrap_EnglishSentence_BreaksAtSpacesOnly()
    {
        const string sentence = "Cut out the label on page 1 and attach it firmly to the largest side of the parcel.";

        var lines = _text.Wrap(sentence, 10, bold: false, 150);

        Assert.True(lines.Count > 1);
        Assert.Equal(sentence, string.Join(" ", lines));
    }

    [Fact]
    public void Wrap_KoreanSentence_BreaksAtSpaces()
    {
        const string sentence = "1페이지의 라벨을 잘라 소포의 가장 넓은 면에 단단히 붙여 주세요.";

        var lines = _text.Wrap(sentence, 10, bold: false, 120);

        Assert.True(lines.Count > 1);
        Assert.Equal(sentence, string.Join(" ", lines));
    }

    [Fact]
    public void Wrap_WordWiderThanTheLine_IsBrokenBetweenCharacters()
    {
        var lines = _text.Wrap(new string('W', 80), 10, bold: false, 100);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(_text.Measure(l, 10, false) <= 100.01));
        Assert.Equal(80, lines.Sum(l => l.Length));
    }

    [Fact]
    public void Wrap_MoreLinesThanAllowed_EndsTheLastLineWithAnEllipsis()
    {
        var lines = _text.Wrap("コットンTシャツ ブラック サイズM 番号1 コットンTシャツ ブラック サイズM 番号2 コットンTシャツ", 10, bold: false, 100, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith(ScriptTextDrawer.Ellipsis, lines[1]);
        Assert.True(_text.Measure(lines[1], 10, false) <= 100.01);
    }

    [Theory]
    [InlineData("台北市中正區重慶南路一段122號 10樓之3 王小明先生收")]
    [InlineData("서울특별시 중구 세종대로 110 서울특별시청 민원실")]
    [InlineData("Deutsche Post DHL Group Parcel International Services")]
    public void Ellipsize_TooLongText_FitsAndEndsWithAnEllipsis(string text)
    {
        var cut = _text.Ellipsize(text, 12, bold: true, 90);

        Assert.EndsWith(ScriptTextDrawer.Ellipsis, cut);
        Assert.True(_text.Measure(cut, 12, true) <= 90);
        Assert.StartsWith(cut[..^1].TrimEnd(), text);
    }

    [Fact]
    public void FitSize_TextTooWide_ShrinksUntilItFitsOrReachesTheMinimum()
    {
        var size = _text.FitSize("台北市中正區重慶南路一段122號", 12, 6, bold: false, 120);
        var floor = _text.FitSize("台北市中正區重慶南路一段122號", 12, 11, bold: false, 10);

        Assert.True(size < 12);
        Assert.True(_text.Measure("台北市中正區重慶南路一段122號", size, false) <= 120);
        Assert.Equal(11, floor);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
