using System.Text;
using Archive.Text;

namespace Archive.Tests.Text;

public sealed class ToneMarksTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hoá", "hóa")]
    [InlineData("hoạ", "họa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("thuý", "thúy")]
    [InlineData("thuỵ", "thụy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("Uỷ", "Ủy")]
    [InlineData("HOÀ", "HÒA")]
    public void MovesOldStyleToneToTheFirstVowel(string oldStyle, string newStyle)
    {
        var canonical = ToneMarks.Canonicalize(oldStyle);

        Assert.Equal(newStyle, canonical);
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("quả")]
    [InlineData("quỹ")]
    [InlineData("hoàng")]
    [InlineData("quyết")]
    [InlineData("thuyền")]
    [InlineData("khuya")]
    [InlineData("hòa")]
    [InlineData("ủy")]
    public void LeavesSyllablesThatHaveOneSpelling(string word)
    {
        var canonical = ToneMarks.Canonicalize(word);

        Assert.Equal(word, canonical);
    }

    [Fact]
    public void MovesTonesInsideRunningTextAndKeepsPunctuation()
    {
        var text = "Ban Thường vụ Tỉnh uỷ (khoá X), hoà bình; thuý!";

        var canonical = ToneMarks.Canonicalize(text);

        Assert.Equal("Ban Thường vụ Tỉnh ủy (khóa X), hòa bình; thúy!", canonical);
    }

    [Fact]
    public void CanonicalizesDecomposedInputToComposedNewStyle()
    {
        var decomposed = "Uỷ ban".Normalize(NormalizationForm.FormD);

        var canonical = ToneMarks.Canonicalize(decomposed);

        Assert.Equal("Ủy ban", canonical);
    }

    [Theory]
    [InlineData("ủy", "ủy", "uỷ")]
    [InlineData("uỷ", "ủy", "uỷ")]
    [InlineData("Ủy", "Ủy", "Uỷ")]
    [InlineData("Uỷ", "Ủy", "Uỷ")]
    [InlineData("hòa", "hòa", "hoà")]
    [InlineData("khoẻ", "khỏe", "khoẻ")]
    [InlineData("Tòa", "Tòa", "Toà")]
    public void SpellsAWordInBothConventionsCanonicalFirst(string word, string canonical, string oldStyle)
    {
        var spellings = ToneMarks.Spellings(word);

        Assert.Equal([canonical, oldStyle], spellings);
    }

    [Theory]
    [InlineData("hoàng")]
    [InlineData("quý")]
    [InlineData("quả")]
    [InlineData("thuyền")]
    [InlineData("ban")]
    [InlineData("hoa")]
    public void SpellsAWordTheConventionsAgreeOnOnce(string word)
    {
        var spellings = ToneMarks.Spellings(word);

        Assert.Equal([word], spellings);
    }
}
