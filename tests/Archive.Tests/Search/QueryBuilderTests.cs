using System.Text;
using Archive.Index.Schema;
using Archive.Search;
using CsCheck;

namespace Archive.Tests.Search;

/// <summary>What the query language accepts and how it refuses the rest.</summary>
public sealed class QueryBuilderTests
{
    private readonly QueryBuilder builder = new(IndexSchema.CreateAnalyzer());

    /// <summary>
    /// Queries people type, and the characters that break parsers: quotes, stars, dashes, colons, OR, NFD.
    /// </summary>
    internal static readonly Gen<string> TypedQuery =
        Gen.OneOf(
                Gen.OneOf(Gen.Const("\""), Gen.Const("*"), Gen.Const("-"), Gen.Const(":"), Gen.Const("OR"),
                    Gen.Const(" OR "), Gen.Const("("), Gen.Const(")"), Gen.Const("/"), Gen.Const(" "),
                    Gen.Const("title:"), Gen.Const("org:"), Gen.Const("directive:"), Gen.Const("person:"),
                    Gen.Const("author:"), Gen.Const("32-KL/TW"), Gen.Const("KL 32"), Gen.Const("Kết luận số 32"),
                    Gen.Const("105-QĐ/TW"), Gen.Const("nội*"), Gen.Const("😀"), Gen.Const("\t")),
                Gen.OneOf(Gen.Const("tham"), Gen.Const("nhũng"), Gen.Const("những"), Gen.Const("khoá"),
                    Gen.Const("Đảng"), Gen.Const("ma tuý"), Gen.Const("a"), Gen.Const("12"), Gen.Const("2020-01-01")),
                Gen.Char["aăâđêôơưáàảãạ0123456789\"*-:/ "].Array[1, 4].Select(c => new string(c)))
            .Array[0, 12]
            .Select(Gen.Bool, (parts, decomposed) =>
            {
                var text = string.Concat(parts);
                return decomposed ? text.Normalize(NormalizationForm.FormD) : text;
            });

    [Fact]
    public void EitherBuildsAQueryOrSaysWhyNot()
    {
        Gen.Select(TypedQuery, Gen.Bool).Sample((text, exact) =>
        {
            try
            {
                var (query, _, _, _, _) = builder.Build(text, exact);
                // A query it builds looks for something: an empty one would quietly find nothing.
                Assert.False(string.IsNullOrEmpty(query.ToString()), $"an empty query for {text}");
            }
            catch (SearchQueryException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }, iter: 500);
    }

    [Theory]
    [InlineData("\"tham nhũng")]
    [InlineData("*abc")]
    [InlineData("*")]
    [InlineData("a*")]
    [InlineData("tham*nhũng")]
    [InlineData("OR tham")]
    [InlineData("tham OR")]
    [InlineData("title:\"\"")]
    [InlineData("directive:tham")]
    public void RejectsABadQueryWithAMessage(string text)
    {
        Action build = () => builder.Build(text, exact: false);

        var error = Assert.Throws<SearchQueryException>(build);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void RejectsAQueryOverFiveHundredCharacters()
    {
        var longest = builder.Build(new string('a', 250) + " " + new string('b', 249), exact: false);

        Assert.Contains(new string('b', 249), longest.Query.ToString());
        Assert.Throws<SearchQueryException>(
            () => builder.Build(new string('a', 250) + " " + new string('b', 250), exact: false));
    }

    [Theory]
    [InlineData("\"an ninh {0} trật tự\"")]
    [InlineData("\"{0} an ninh trật tự\"")]
    [InlineData("\"an ninh {0}\"")]
    [InlineData("tham {0} nhũng")]
    [InlineData("{0}")]
    [InlineData("title:\"an {0} ninh\"")]
    public void RejectsAWordTooLongToBeIndexed(string pattern)
    {
        var text = string.Format(pattern, new string('x', VietnameseAnalyzer.MaxWordLength + 1));

        var error = Assert.Throws<SearchQueryException>(() => builder.Build(text, exact: false));
        Assert.Contains(VietnameseAnalyzer.MaxWordLength.ToString(), error.Message);
        var longest = new string('x', VietnameseAnalyzer.MaxWordLength);
        Assert.Contains(longest, builder.Build(string.Format(pattern, longest), exact: false).Query.ToString());
    }

    [Theory]
    [InlineData("tham \uFFFE nhũng", "U+FFFE ở vị trí 6")]
    [InlineData("😀\uFFFF", "U+FFFF ở vị trí 2")]
    public void RejectsACodePointNormalisationRefusesSayingWhichAndWhere(string text, string named)
    {
        var error = Assert.Throws<SearchQueryException>(() => builder.Build(text, exact: false));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsALoneSurrogateSayingWhichAndWhere()
    {
        // Built here: a lone surrogate does not survive xUnit's serialisation of theory data.
        foreach (var (text, named) in new[]
                 {
                     ("\uD800tham", "U+D800 ở vị trí 1"),
                     ("tham\uDC00", "U+DC00 ở vị trí 5"),
                 })
        {
            var error = Assert.Throws<SearchQueryException>(() => builder.Build(text, exact: false));

            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RejectsTooManyWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("tham", QueryBuilder.MaxClauses + 1));

        Assert.Throws<SearchQueryException>(() => builder.Build(words, exact: false));
    }

    [Theory]
    [InlineData("Đảng 😀", "đảng")]
    [InlineData("😀 32-KL/TW", "directive:32-KL/TW")]
    public void AcceptsCharactersOutsideTheBasicPlane(string text, string searched)
    {
        var query = builder.Build(text, exact: false).Query;

        Assert.Contains(searched, query.ToString());
    }

    [Fact]
    public void HighlightsTheFoldedWordsAndPhrases()
    {
        var highlight = builder.Build("\"Tham Nhũng\" Đảng nội*", exact: false).Highlight;

        Assert.Contains("tham nhung", highlight);
        Assert.Contains("dang", highlight);
        Assert.Contains("noi*", highlight);
    }
}
