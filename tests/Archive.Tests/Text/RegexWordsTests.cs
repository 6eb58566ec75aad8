using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Tests.Text;

public sealed class RegexWordsTests
{
    [Fact]
    public void SpellsEverySyllableBothWaysWithWhitespaceBetween()
    {
        var pattern = RegexWords.Any("Thành ủy", "Tỉnh ủy");

        Assert.Equal(@"(?:Thành\s+(?:ủy|uỷ)|Tỉnh\s+(?:ủy|uỷ))", pattern);
    }

    [Theory]
    [InlineData("Ủy ban nhân dân")]
    [InlineData("Uỷ ban nhân dân")]
    [InlineData("Uỷ  ban\tnhân dân")]
    public void MatchesEitherConventionOfACapitalisedWord(string text)
    {
        var pattern = new Regex($"^{RegexWords.Any("Ủy ban nhân dân")}$");

        Assert.Matches(pattern, text);
    }

    [Fact]
    public void KeepsSyllablesWithOneSpellingPlain()
    {
        var pattern = RegexWords.Any("Hoàng quý");

        Assert.Equal("(?:Hoàng\\s+quý)", pattern);
    }

    [Fact]
    public void TakesRegularExpressionCharactersLiterally()
    {
        var pattern = new Regex(RegexWords.Any("TP.HCM (cũ)", "a+b"));

        Assert.Matches(pattern, "TP.HCM (cũ)");
        Assert.Matches(pattern, "a+b");
        Assert.DoesNotMatch(pattern, "TPxHCM (cũ)");
        Assert.DoesNotMatch(pattern, "aab");
    }
}
