using Archive.Import;
using Archive.Index;
using Archive.Search;
using static Archive.Tests.Search.FacetTexts;

namespace Archive.Tests.Search;

/// <summary>
/// Facet filters: several values of one facet widen a search, facets together narrow it, a value can be
/// left out, and each facet's counts are those it would find chosen alone. The index compares every
/// answer with stock Lucene.Net's, which counts each facet with a search of its own.
/// </summary>
public sealed class FacetSearchTests(FacetSearchTests.Meetings meetings) : IClassFixture<FacetSearchTests.Meetings>
{
    public sealed class Meetings : IDisposable
    {
        private readonly TempFolder source = new();
        private readonly TempFolder work = new();

        public Meetings()
        {
            Write(source.Path);
            IndexPublisher.Import(source.Path, work.File("index"));
            Index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
        }

        public ArchiveIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            source.Dispose();
            work.Dispose();
        }
    }

    private SearchResult Search(
        FacetFilter? period = null,
        FacetFilter? organisation = null,
        FacetFilter? type = null,
        FacetFilter? province = null,
        SearchSort sort = SearchSort.Relevance) =>
        meetings.Index.Search(new SearchRequest
        {
            Query = "tham nhũng",
            Size = 100,
            Sort = sort,
            Period = period ?? FacetFilter.Everything,
            Organisation = organisation ?? FacetFilter.Everything,
            DirectiveType = type ?? FacetFilter.Everything,
            Province = province ?? FacetFilter.Everything,
        });

    private List<string> Names(SearchResult result) =>
        result.Hits.Select(h => meetings.Index.Find(h.Id)!.SourceFile[..1]).Order().ToList();

    private static Dictionary<string, int> Counts(IEnumerable<FacetValue> values) =>
        values.ToDictionary(v => v.Value, v => v.Count);

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.DateDesc)]
    public void ValuesOfOneFacetWidenTheSearch(SearchSort sort)
    {
        var result = Search(period: FacetFilter.AnyOf("2021-03", "2022"), sort: sort);

        Assert.Equal(["a", "b", "d", "e"], Names(result));
        Assert.Equal(4, result.Total);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.DateAsc)]
    public void FacetsTogetherNarrowIt(SearchSort sort)
    {
        var result = Search(organisation: FacetFilter.AnyOf(Internal), type: FacetFilter.AnyOf("Kết luận"), sort: sort);

        Assert.Equal(["a", "c"], Names(result));
    }

    [Fact]
    public void ALeftOutValueDropsEveryDocumentWithIt()
    {
        var withoutDirectives = Search(type: new FacetFilter([], ["Chỉ thị"]));
        var withoutInspection = Search(organisation: new FacetFilter([], [Inspection]));

        // A document citing nothing is not one citing a directive.
        Assert.Equal(["a", "d", "e", "f", "g"], Names(withoutDirectives));
        Assert.Equal(["a", "c", "d", "f"], Names(withoutInspection));
    }

    [Fact]
    public void EachFacetCountsWhatItsValuesWouldFindChosenAlone()
    {
        var result = Search(organisation: FacetFilter.AnyOf(Internal));

        Assert.Equal(4, result.Total);
        // The organisation facet ignores its own choice, so the other body is offered with its true count.
        Assert.Equal(
            new Dictionary<string, int> { [Internal] = 4, [Inspection] = 3 },
            Counts(result.Facets.Organisation));
        // The other facets count the internal-affairs documents only.
        Assert.Equal(new Dictionary<string, int> { ["2022"] = 1, ["2021"] = 2 }, Counts(result.Facets.Year));
        Assert.Equal(["2022", "2021"], result.Facets.Year.Select(y => y.Value));
        Assert.Equal(
            new Dictionary<string, int> { ["Kết luận"] = 2, ["Chỉ thị"] = 1 },
            Counts(result.Facets.DirectiveType));
    }

    [Fact]
    public void TheProvinceFacetFiltersAndCountsLikeTheOthers()
    {
        var inProvince = Search(province: FacetFilter.AnyOf("Quảng Ninh"));
        var outside = Search(province: new FacetFilter([], ["Quảng Ninh"]), type: FacetFilter.AnyOf("Kết luận"));

        Assert.Equal(["b", "e", "g"], Names(inProvince));
        Assert.Equal([new FacetValue("Quảng Ninh", 3)], inProvince.Facets.Province);
        Assert.Equal(["a", "c"], Names(outside));
        // Counted with the type filter, not its own: one of the province's meetings cites a conclusion.
        Assert.Equal([new FacetValue("Quảng Ninh", 1)], outside.Facets.Province);
    }

    [Fact]
    public void ChoosingAYearStillOffersEveryMonthAndTheTimelineCountsOnlyTheChoice()
    {
        var result = Search(period: FacetFilter.AnyOf("2021"));

        Assert.Equal(
            [new("2022-05", 2), new("2021-07", 1), new("2021-03", 2), new("2016-01", 1)],
            result.Facets.Month);
        Assert.Equal("month", result.Timeline.Unit);
        Assert.Equal(
            [("2021-03", 2), ("2021-04", 0), ("2021-05", 0), ("2021-06", 0), ("2021-07", 1)],
            result.Timeline.Periods.Select(p => (p.Period, p.Count)));
        Assert.Equal(new DateOnly(2021, 4, 30), result.Timeline.Periods[1].To);
        Assert.Equal(0, result.Timeline.Undated);
    }

    [Fact]
    public void ATimelineOfMoreThanThreeYearsCountsYearsAndTheUndatedApart()
    {
        var result = Search();

        Assert.Equal("year", result.Timeline.Unit);
        Assert.Equal(
            [("2016", 1), ("2017", 0), ("2018", 0), ("2019", 0), ("2020", 0), ("2021", 3), ("2022", 2)],
            result.Timeline.Periods.Select(p => (p.Period, p.Count)));
        Assert.Equal(1, result.Timeline.Undated);
        Assert.Equal(result.Total, result.Timeline.Periods.Sum(p => p.Count) + result.Timeline.Undated);
    }

    [Fact]
    public void APeriodChosenKeepsNoUndatedDocumentButOneLeftOutDoes()
    {
        Assert.DoesNotContain("f", Names(Search(period: FacetFilter.AnyOf("2016", "2021", "2022"))));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], Names(Search(period: new FacetFilter([], ["2016"]))));
    }

    [Fact]
    public void AMonthLeftOutOfAChosenYearIsLeftOut()
    {
        var result = Search(period: new FacetFilter(["2021"], ["2021-07"]));

        Assert.Equal(["a", "b"], Names(result));
    }

    [Fact]
    public void AChosenValueIsOfferedEvenWhenItFindsNothing()
    {
        var result = Search(type: FacetFilter.AnyOf("Quy định"), period: FacetFilter.AnyOf("2030-01"));

        Assert.Equal(0, result.Total);
        Assert.Contains(new FacetValue("Quy định", 0), result.Facets.DirectiveType);
        Assert.Contains(new FacetValue("2030-01", 0), result.Facets.Month);
        Assert.Empty(result.Timeline.Periods);
    }
}
