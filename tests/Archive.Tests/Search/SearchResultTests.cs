using Archive.Search;
using static Archive.Tests.Search.SearchCorpus;

namespace Archive.Tests.Search;

/// <summary>What a search returns besides the matches: order, pages, filters, facets and snippets.</summary>
public sealed class SearchResultTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private SearchResult Search(SearchRequest request) => corpus.Index.Search(request);

    private List<string> Files(SearchResult result) => result.Hits.Select(h => corpus.File(h.Id)).ToList();

    [Fact]
    public void SortsNewestFirstWithUndatedLast()
    {
        var result = Search(new SearchRequest { Query = "", Sort = SearchSort.DateDesc, Size = 100 });

        var dates = result.Hits.Select(h => corpus.Index.Find(h.Id)!.SortDate).ToList();
        Assert.Equal(corpus.Count, dates.Count);
        Assert.Equal(dates.Where(d => d is not null).OrderByDescending(d => d), dates.Take(dates.Count - 1));
        Assert.Equal(Undated, Files(result)[^1]);
    }

    [Fact]
    public void SortsOldestFirstWithUndatedLast()
    {
        var result = Search(new SearchRequest { Query = "", Sort = SearchSort.DateAsc, Size = 100 });

        var dates = result.Hits.Select(h => corpus.Index.Find(h.Id)!.SortDate).ToList();
        Assert.Equal(Decomposed, Files(result)[0]);
        Assert.Equal(dates.Where(d => d is not null).OrderBy(d => d), dates.Take(dates.Count - 1));
        Assert.Equal(Undated, Files(result)[^1]);
    }

    [Fact]
    public void SortsMatchesByDateWhenAsked()
    {
        var result = Search(new SearchRequest { Query = "nhũng", Sort = SearchSort.DateAsc });

        Assert.Equal([Together, Scattered, Nhung, Undated], Files(result));
    }

    [Fact]
    public void PagesThroughEveryMatchOnce()
    {
        var pages = Enumerable.Range(1, 4)
            .Select(page => Search(new SearchRequest { Query = "", Page = page, Size = 3 }))
            .ToList();

        Assert.All(pages, p => Assert.Equal(corpus.Count, p.Total));
        Assert.Equal([3, 3, 3, 2], pages.Select(p => p.Hits.Count));
        var ids = pages.SelectMany(p => p.Hits.Select(h => h.Id)).ToList();
        Assert.Equal(corpus.Count, ids.Distinct().Count());
    }

    [Fact]
    public void PagesByRelevanceInTheSameOrderAsOneBigPage()
    {
        var all = Search(new SearchRequest { Query = "hội nghị", Size = 100 });
        var second = Search(new SearchRequest { Query = "hội nghị", Page = 2, Size = 2 });

        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => h.Id), second.Hits.Select(h => h.Id));
        Assert.Equal(all.Total, second.Total);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(1000, 100)]
    public void RejectsAPageOutOfRange(int page, int size)
    {
        var search = () => Search(new SearchRequest { Query = "ma túy", Page = page, Size = size });

        Assert.Throws<SearchQueryException>(search);
    }

    [Fact]
    public void FiltersByDateRangeInclusive()
    {
        var result = Search(
            new SearchRequest { From = new DateOnly(2021, 9, 7), To = new DateOnly(2021, 10, 14), Size = 100 });

        Assert.Equal([Drugs, OldTones], Files(result).Order());
    }

    [Fact]
    public void FiltersByYear()
    {
        var result = Search(new SearchRequest { Query = "hội nghị", Period = FacetFilter.AnyOf("2022"), Size = 100 });

        Assert.Equal([CodeCited, NumberCited, SameWordsNoCitation], Files(result).Order());
    }

    [Fact]
    public void FiltersByTheExactOrganisation()
    {
        var exact = Search(new SearchRequest { Organisation = FacetFilter.AnyOf("Ban Nội chính Tỉnh ủy"), Size = 100 });
        var partOfAName = Search(new SearchRequest { Organisation = FacetFilter.AnyOf("Ban Nội chính"), Size = 100 });

        Assert.Equal([Together], Files(exact));
        Assert.Empty(partOfAName.Hits);
    }

    [Fact]
    public void FiltersByCitedDirectiveType()
    {
        var result = Search(new SearchRequest { DirectiveType = FacetFilter.AnyOf("Quy định"), Size = 100 });

        Assert.Equal([CodeCited, NumberCited], Files(result).Order());
    }

    [Fact]
    public void CountsFacetsForTheCurrentQueryOnly()
    {
        var result = Search(new SearchRequest { Query = "cán bộ" });

        Assert.Equal([new FacetValue("2022", 2)], result.Facets.Year);
        Assert.Equal(
            ["Ban Thường vụ Huyện ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban nhân dân xã"],
            result.Facets.Organisation.Select(o => o.Value).Order());
        Assert.Equal([new FacetValue("Quy định", 2)], result.Facets.DirectiveType);
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public void CountsYearsOfEveryMatchNotJustThePageShown()
    {
        var result = Search(new SearchRequest { Query = "", Size = 1 });

        Assert.Equal(
            [new("2023", 1), new("2022", 3), new("2021", 2), new("2020", 2), new("2019", 1), new("2018", 1)],
            result.Facets.Year);
        Assert.Single(result.Hits);
    }

    [Fact]
    public void MarksAFoldedMatchInTheSnippet()
    {
        var result = Search(new SearchRequest { Query = "nhung", Exact = false });

        var hit = result.Hits.Single(h => corpus.File(h.Id) == Undated);
        Assert.Contains("<mark>nhũng</mark>", string.Join(" ", hit.Snippets));
    }

    [Fact]
    public void MarksAdjacentWordsAsOne()
    {
        var result = Search(new SearchRequest { Query = "tham nhung" });

        var together = result.Hits.Single(h => corpus.File(h.Id) == Together);
        var scattered = result.Hits.Single(h => corpus.File(h.Id) == Scattered);
        Assert.Contains("<mark>tham nhũng</mark>", string.Join(" ", together.Snippets));
        Assert.DoesNotContain("<mark>tham nhũng</mark>", string.Join(" ", scattered.Snippets));
    }

    [Fact]
    public void MarksEverySpellingOfAWord()
    {
        var result = Search(new SearchRequest { Query = "ma túy" });

        var old = result.Hits.Single(h => corpus.File(h.Id) == OldTones);
        Assert.Contains("<mark>ma tuý</mark>", string.Join(" ", old.Snippets));
    }

    [Fact]
    public void EscapesTheTextAroundTheMarks()
    {
        var result = Search(new SearchRequest { Query = "lừa đảo" });

        var snippet = string.Join(" ", Assert.Single(result.Hits).Snippets);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("A&amp;B", snippet);
        Assert.Contains("<mark>lừa đảo</mark>", snippet);
        var withoutMarks = snippet.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Theory]
    [InlineData("hội nghị")]
    [InlineData("cán bộ")]
    [InlineData("nội*")]
    [InlineData("105-QĐ/TW")]
    [InlineData("")]
    public void GivesEveryHitOneOrTwoSnippets(string query)
    {
        var result = Search(new SearchRequest { Query = query, Size = 100 });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.InRange(h.Snippets.Count, 1, 2));
    }

    [Fact]
    public void MarksADirectiveCitedByCode()
    {
        var result = Search(new SearchRequest { Query = "105-QD/TW" });

        var hit = result.Hits.Single(h => corpus.File(h.Id) == CodeCited);
        Assert.Contains("<mark>", string.Join(" ", hit.Snippets));
        Assert.Contains("105-QĐ/TW", string.Join(" ", hit.Snippets));
    }

    [Fact]
    public void DescribesEachHit()
    {
        var result = Search(new SearchRequest { Query = "ma tuý xuyên" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal("Quán triệt chỉ thị về phòng, chống ma tuý", hit.Title);
        Assert.Equal(new DateOnly(2021, 9, 7), hit.EventDate);
        Assert.Equal("2021-09-08", hit.Published);
        Assert.Equal("Công an tỉnh", hit.Organisation);
        Assert.True(hit.Score > 0);
        Assert.Equal("ma tuý xuyên", result.Query);
    }
}
