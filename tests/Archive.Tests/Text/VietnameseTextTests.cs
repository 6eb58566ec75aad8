using System.Globalization;
using System.Text;
using Archive.Text;
using CsCheck;

namespace Archive.Tests.Text;

public sealed class VietnameseTextTests
{
    [Fact]
    public void NormalizeComposesDecomposedText()
    {
        var decomposed = "Ban Nội chính Trung ương".Normalize(NormalizationForm.FormD);

        var normalized = VietnameseText.Normalize(decomposed);

        Assert.NotEqual(decomposed, normalized);
        Assert.Equal("Ban Nội chính Trung ương", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void NormalizeKeepsOldStyleToneMarksAsWritten()
    {
        var oldStyle = "Tỉnh uỷ";

        var normalized = VietnameseText.Normalize(oldStyle);

        Assert.Equal(oldStyle, normalized);
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("khoá", "khóa")]
    [InlineData("thuý", "thúy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Tỉnh uỷ Quảng Bình", "Tỉnh ủy Quảng Bình")]
    public void OldAndNewTonePlacementCanonicalizeEqual(string oldStyle, string newStyle)
    {
        var fromOld = VietnameseText.Canonicalize(oldStyle);
        var fromNew = VietnameseText.Canonicalize(newStyle);

        Assert.Equal(fromNew, fromOld);
        Assert.Equal(newStyle, fromOld);
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("quả")]
    [InlineData("hoàng")]
    [InlineData("quyết")]
    [InlineData("thuyền")]
    [InlineData("Quý Hoàng quyết thuyền quả")]
    public void CanonicalizeLeavesSyllablesWithOneSpellingAlone(string word)
    {
        var canonical = VietnameseText.Canonicalize(word);

        Assert.Equal(word, canonical);
    }

    [Fact]
    public void CanonicalizeReadsTheLookAlikeEthAsD()
    {
        var lookAlike = "\u00D0ảng";

        var canonical = VietnameseText.Canonicalize(lookAlike);

        Assert.Equal("Đảng", canonical);
    }

    [Fact]
    public void FoldRemovesDiacriticsAndCase()
    {
        var word = "Đảng";

        var folded = VietnameseText.Fold(word);

        Assert.Equal("dang", folded);
    }

    [Fact]
    public void FoldGivesTheSameFromDecomposedInput()
    {
        var decomposed = "Đảng".Normalize(NormalizationForm.FormD);

        var folded = VietnameseText.Fold(decomposed);

        Assert.Equal("dang", folded);
    }

    [Fact]
    public void FoldMapsTheLookAlikeEthToD()
    {
        var lookAlike = "\u00D0ảng \u00F0ồng";

        var folded = VietnameseText.Fold(lookAlike);

        Assert.Equal("dang dong", folded);
    }

    [Fact]
    public void FoldMakesOldAndNewTonePlacementEqual()
    {
        var oldStyle = "Uỷ ban hoà khoẻ";

        var folded = VietnameseText.Fold(oldStyle);

        Assert.Equal(VietnameseText.Fold("Ủy ban hòa khỏe"), folded);
        Assert.Equal("uy ban hoa khoe", folded);
    }

    [Fact]
    public void CanonicalizeIsIdempotent() =>
        Gen.Select(VietnameseTextGen.AnyWellFormed, VietnameseTextGen.Phrase).Sample((any, vietnamese) =>
        {
            foreach (var text in new[] { any, vietnamese })
            {
                var once = VietnameseText.Canonicalize(text);

                var twice = VietnameseText.Canonicalize(once);

                Assert.Equal(once, twice);
            }
        });

    [Fact]
    public void FoldIsIdempotent() =>
        Gen.Select(VietnameseTextGen.AnyWellFormed, VietnameseTextGen.Phrase).Sample((any, vietnamese) =>
        {
            foreach (var text in new[] { any, vietnamese })
            {
                var once = VietnameseText.Fold(text);

                var twice = VietnameseText.Fold(once);

                Assert.Equal(once, twice);
            }
        });

    [Fact]
    public void ComposedAndDecomposedInputGiveTheSameOutput() =>
        Gen.Select(VietnameseTextGen.AnyWellFormed, VietnameseTextGen.Phrase).Sample((any, vietnamese) =>
        {
            foreach (var text in new[] { any, vietnamese })
            {
                var composed = text.Normalize(NormalizationForm.FormC);
                var decomposed = text.Normalize(NormalizationForm.FormD);

                Assert.Equal(VietnameseText.Canonicalize(composed), VietnameseText.Canonicalize(decomposed));
                Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
                Assert.Equal(VietnameseText.Normalize(composed), VietnameseText.Normalize(decomposed));
            }
        });

    [Fact]
    public void CanonicalizeOutputIsNfc() =>
        VietnameseTextGen.Phrase.Sample(text =>
        {
            var canonical = VietnameseText.Canonicalize(text);

            Assert.True(canonical.IsNormalized(NormalizationForm.FormC));
        });

    [Fact]
    public void FoldOutputHasNoCombiningMarks() =>
        VietnameseTextGen.AnyWellFormed.Sample(text =>
        {
            var folded = VietnameseText.Fold(text);

            Assert.DoesNotContain(folded, c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
        });

    [Fact]
    public void FoldTurnsVietnameseIntoPlainAscii() =>
        VietnameseTextGen.Phrase.Sample(text =>
        {
            var folded = VietnameseText.Fold(text);

            Assert.True(folded.All(char.IsAscii), $"'{text}' folded to '{folded}'");
            Assert.Equal(folded.ToLowerInvariant(), folded);
        });

    [Fact]
    public void FoldInPlaceGivesWhatFoldGivesOrLeavesTheTextAlone() =>
        Gen.Select(VietnameseTextGen.AnyWellFormed, VietnameseTextGen.Phrase).Sample((any, vietnamese) =>
        {
            foreach (var text in new[] { any, vietnamese, vietnamese.Normalize(NormalizationForm.FormD) })
            {
                var buffer = text.ToCharArray();

                var folded = VietnameseText.TryFoldInPlace(buffer);

                Assert.Equal(folded ? VietnameseText.Fold(text) : text, new string(buffer));
                if (text == vietnamese && text.All(c => c is >= ' ' and < '\u0300' or >= '\u1E00' and <= '\u1EFF'))
                    Assert.True(folded, $"'{text}' is precomposed Vietnamese and folds in place");
            }
        });

    // Noncharacters at both ends of the ranges, in the first and last planes, and both surrogate halves
    // alone; as numbers, because a lone surrogate does not survive xUnit's serialisation of a string.
    public static TheoryData<int, string> NotText => new()
    {
        { 0xFFFE, "U+FFFE" }, { 0xFFFF, "U+FFFF" }, { 0xFDD0, "U+FDD0" }, { 0xFDEF, "U+FDEF" },
        { 0x1FFFE, "U+1FFFE" }, { 0x10FFFF, "U+10FFFF" }, { 0xD800, "U+D800" }, { 0xDC00, "U+DC00" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public void FindsNamesAndReplacesACodePointNormalisationRefuses(int codePoint, string named)
    {
        var bad = codePoint > 0xFFFF ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString();
        var text = "hoà " + bad + " Đảng";
        var decomposed = "hoà Đảng".Normalize(NormalizationForm.FormD).Insert(3, bad);

        var at = VietnameseText.IndexOfUnnormalizable(text);

        Assert.Equal(4, at);
        Assert.Equal(named, VietnameseText.CodePointAt(text, at));
        Assert.Equal("hoà \uFFFD Đảng", VietnameseText.Normalize(text));
        Assert.Equal("hòa \uFFFD Đảng", VietnameseText.Canonicalize(text));
        Assert.Equal("hoa \uFFFD dang", VietnameseText.Fold(text));
        Assert.Equal(-1, VietnameseText.IndexOfUnnormalizable(VietnameseText.Normalize(decomposed)));
    }

    [Fact]
    public void ReplacesEveryCodePointNormalisationRefusesAndSaysWhere()
    {
        var (text, replaced) = VietnameseText.ReplaceUnnormalizable("a\uFFFEb\U0001FFFFc\uD800");

        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD", text);
        Assert.Equal([1, 3, 6], replaced);
        Assert.Equal(-1, VietnameseText.IndexOfUnnormalizable("Đảng 😀 \uFFFD \uFDCF \uFFFD"));
    }
}
