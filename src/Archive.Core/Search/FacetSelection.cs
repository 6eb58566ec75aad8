using System.Globalization;
using Archive.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>The facets a search can filter on.</summary>
internal enum Facet
{
    Period,
    Organisation,
    DirectiveType,
    Province,
}

/// <summary>
/// A search's facet filters together: what <see cref="FacetCollector"/> tests per document, and the same
/// as Lucene queries for stock Lucene.Net (<see cref="StockSearch"/>), which counts each facet with a
/// search of its own.
/// </summary>
internal sealed record FacetSelection(
    FacetFilter Period,
    FacetFilter Organisation,
    FacetFilter DirectiveType,
    FacetFilter Province)
{
    public static readonly FacetSelection None =
        new(FacetFilter.Everything, FacetFilter.Everything, FacetFilter.Everything, FacetFilter.Everything);

    public static FacetSelection Of(SearchRequest request) =>
        new(request.Period, request.Organisation, request.DirectiveType, request.Province);

    public bool IsActive => Enum.GetValues<Facet>().Any(facet => this[facet].IsActive);

    public FacetFilter this[Facet facet] => facet switch
    {
        Facet.Period => Period,
        Facet.Organisation => Organisation,
        Facet.DirectiveType => DirectiveType,
        _ => Province,
    };

    /// <summary>
    /// Whether the period filter keeps a document of the month <paramref name="month"/> (yyyyMM, 0 when undated).
    /// </summary>
    public bool KeepsMonth(int month)
    {
        if (month == 0) return Period.Any.Count == 0;
        var values = new[] { Periods.Year(month / 100), Periods.Month(month / 100, month % 100) };
        return (Period.Any.Count == 0 || values.Any(Period.Includes)) && !values.Any(Period.Excludes);
    }

    /// <summary>Every filter but <paramref name="except"/>'s, as one query; null when none is left.</summary>
    public Query? AsQuery(Facet? except = null)
    {
        var all = new BooleanQuery();
        foreach (var facet in Enum.GetValues<Facet>().Where(f => f != except && this[f].IsActive))
            all.Add(AsQuery(facet), Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    private Query AsQuery(Facet facet)
    {
        var filter = this[facet];
        var kept = new BooleanQuery();
        if (filter.Any.Count == 0) kept.Add(new MatchAllDocsQuery(), Occur.MUST);
        else
        {
            var any = new BooleanQuery();
            foreach (var value in filter.Any) any.Add(ValueQuery(facet, value), Occur.SHOULD);
            kept.Add(any, Occur.MUST);
        }
        foreach (var value in filter.None) kept.Add(ValueQuery(facet, value), Occur.MUST_NOT);
        return kept;
    }

    private static Query ValueQuery(Facet facet, string value) => facet switch
    {
        Facet.Period when Periods.TryRead(value, out var first, out var last) => NumericRangeQuery.NewInt32Range(
            IndexSchema.Date,
            (int)DayNumber.Of(first),
            (int)DayNumber.Of(last),
            true,
            true),
        Facet.Period => throw new SearchQueryException(
            string.Create(CultureInfo.InvariantCulture, $"\"{value}\" không phải năm (2021) hay tháng (2021-03).")),
        Facet.Organisation => new TermQuery(new Term(IndexSchema.OrganisationExact, value)),
        Facet.DirectiveType => new TermQuery(new Term(IndexSchema.DirectiveType, value)),
        _ => new TermQuery(new Term(IndexSchema.Province, value)),
    };
}
