using System.Text;
using Archive.Search;
using static Archive.Tests.Search.SearchCorpus;

namespace Archive.Tests.Search;

/// <summary>Matching and ranking over a real index of texts written for each rule.</summary>
public sealed class SearchTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private List<string> Find(string query, bool exact = false) =>
        Files(corpus.Index.Search(new SearchRequest { Query = query, Exact = exact, Size = 100 }));

    private List<string> Files(SearchResult result) => result.Hits.Select(h => corpus.File(h.Id)).ToList();

    [Fact]
    public void RanksAdjacentSyllablesAboveScatteredOnes()
    {
        var found = Find("tham nhũng");

        Assert.Equal([Together, Scattered], found);
    }

    [Fact]
    public void FindsTheSameDocumentsWithOrWithoutDiacritics()
    {
        var folded = Find("tham nhung");
        var written = Find("tham nhũng");

        Assert.Equal(written.Order(), folded.Order());
        Assert.Contains(Together, folded);
    }

    [Fact]
    public void RanksTheDiacriticsAsTypedAboveAFoldedMatch()
    {
        var many = Find("những");
        var harass = Find("nhũng");

        Assert.Equal(Nhung, many[0]);
        Assert.Contains(Undated, many);
        Assert.NotEqual(Nhung, harass[0]);
        Assert.Contains(Nhung, harass);
    }

    [Fact]
    public void ExactMatchesOnlyTheDiacriticsTyped()
    {
        var many = Find("những", exact: true);
        var harass = Find("nhũng", exact: true);

        Assert.Equal([Nhung], many);
        Assert.Equal([Scattered, Together, Undated], harass.Order());
    }

    [Theory]
    [InlineData("ma túy")]
    [InlineData("ma tuý")]
    public void MatchesOldAndNewTonePlacementAlikeEvenWhenExact(string query)
    {
        var found = Find(query, exact: true);

        Assert.Equal([Drugs, OldTones], found.Order());
    }

    [Fact]
    public void FindsKhoaWrittenWithTheOldTonePlacement()
    {
        var found = Find("\"khóa XI\"", exact: true);

        Assert.Equal([OldTones], found);
    }

    [Fact]
    public void FindsADecomposedDocumentWithAComposedQuery()
    {
        var found = Find("đánh bạc", exact: true);

        Assert.Equal([Decomposed], found);
    }

    [Theory]
    [InlineData("đánh bạc", false)]
    [InlineData("ma tuý", false)]
    [InlineData("những", true)]
    [InlineData("\"tham nhũng\" OR khoá", false)]
    public void TreatsADecomposedQueryLikeAComposedOne(string query, bool exact)
    {
        var composed = corpus.Index.Search(
            new SearchRequest { Query = query.Normalize(NormalizationForm.FormC), Exact = exact });
        var decomposed = corpus.Index.Search(
            new SearchRequest { Query = query.Normalize(NormalizationForm.FormD), Exact = exact });

        Assert.NotEmpty(composed.Hits);
        Assert.Equal(composed.Hits.Select(h => (h.Id, h.Score)), decomposed.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public void RequiresEveryPlainWord()
    {
        var found = Find("ma túy xuyên");

        Assert.Equal([OldTones], found);
    }

    [Fact]
    public void MatchesAQuotedPhraseOnlyWhereItsWordsStandTogether()
    {
        var found = Find("\"tham nhũng\"");

        Assert.Equal([Together], found);
    }

    [Fact]
    public void ExcludesDocumentsWithAMinusWord()
    {
        var found = Find("ma túy -xuyên");

        Assert.Equal([Drugs], found);
    }

    [Fact]
    public void MatchesEitherSideOfOr()
    {
        var found = Find("xuyên OR bạc");

        Assert.Equal([Decomposed, OldTones], found.Order());
    }

    [Theory]
    [InlineData("nội*")]
    [InlineData("noi*")]
    public void MatchesAPrefix(string query)
    {
        var found = Find(query);

        Assert.Equal([Scattered, Together], found.Order());
    }

    [Theory]
    [InlineData("title:\"ma túy\"", new[] { Drugs, OldTones })]
    [InlineData("title:tuy", new[] { Drugs, OldTones })]
    [InlineData("org:\"công an tỉnh\"", new[] { Drugs, OldTones })]
    [InlineData("author:\"Minh Anh\"", new[] { Together })]
    [InlineData("person:\"Lê Thị Mai\"", new[] { NumberCited })]
    [InlineData("person:mai", new[] { NumberCited })]
    [InlineData("directive:36-CT/TW", new[] { OldTones })]
    [InlineData("directive:\"Quy định 105\"", new[] { CodeCited, NumberCited })]
    public void SearchesOneFieldWhenAskedTo(string query, string[] expected)
    {
        var found = Find(query);

        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public void SearchesTheTitleOnlyWithTitlePrefix()
    {
        var inBody = Find("thủ đoạn");
        var inTitle = Find("title:\"lừa đảo\"");

        Assert.Equal([Markup], inBody);
        Assert.Empty(inTitle);
    }

    [Theory]
    [InlineData("105-QĐ/TW")]
    [InlineData("105-QD/TW")]
    [InlineData("105/QĐ-TW")]
    [InlineData("105 QĐ TW")]
    [InlineData("QĐ 105")]
    [InlineData("Quy định 105")]
    [InlineData("quy dinh so 105")]
    public void FindsEveryDocumentCitingADirectiveHoweverTheCodeIsWritten(string query)
    {
        var found = Find(query);

        Assert.Equal([CodeCited, NumberCited], found.Take(2).Order());
        Assert.DoesNotContain(SameWordsNoCitation, found.Take(2));
    }

    [Fact]
    public void FindsADirectiveAmongOtherWords()
    {
        var found = Find("triển khai 105-QĐ/TW");

        Assert.Equal(CodeCited, found[0]);
    }

    [Fact]
    public void ExcludesDocumentsCitingAMinusDirective()
    {
        var found = Find("cán bộ -105-QĐ/TW");

        Assert.DoesNotContain(CodeCited, found);
        Assert.DoesNotContain(NumberCited, found);
        Assert.Contains(Undated, found);
    }

    [Fact]
    public void MatchesADirectiveOnEitherSideOfOr()
    {
        var found = Find("36-CT/TW OR 105-QĐ/TW");

        Assert.Equal([CodeCited, NumberCited, OldTones], found.Order());
    }

    [Fact]
    public void FindsRelatedDocumentsOnTheSameSubject()
    {
        var related = corpus.Index.Related(corpus.Index.Find(corpus.Id(OldTones))!);

        Assert.Equal(Drugs, corpus.File(related[0].Id));
        Assert.DoesNotContain(related, d => d.Id == corpus.Id(OldTones));
    }

    [Fact]
    public void FindsNothingRelatedToAnUnknownDocument()
    {
        var related = corpus.Index.Related(corpus.Index.Find(corpus.Id(OldTones))! with { Id = "no-such-document" });

        Assert.Empty(related);
    }
}
