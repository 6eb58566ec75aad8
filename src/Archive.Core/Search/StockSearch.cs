using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search;

/// <summary>
/// A search through stock Lucene.Net alone: its IndexSearcher, BM25, scorers and collectors, none of the
/// archive's own search parts (<see cref="ParallelSearch"/>, <see cref="MatchingDocs"/>). It never serves
/// a request: the tests and the bench run it beside the archive's path, so that path cannot drift from
/// Lucene's answers unseen, and so that each part's gain is measured against what it replaces.
/// </summary>
internal static class StockSearch
{
    private static readonly BM25Similarity Similarity = new();

    public static SearchPage Run(
        IndexSearcher archive,
        Query query,
        FacetSelection selection,
        Sort? sort,
        int start,
        int size,
        TimeSpan limit,
        Tiers? tiers)
    {
        var searcher = new IndexSearcher(archive.IndexReader) { Similarity = Similarity };
        var unfiltered = query;
        query = Filtered(query, selection.AsQuery());
        var weight = searcher.CreateNormalizedWeight(query);
        var inOrder = !weight.ScoresDocsOutOfOrder;
        ITopDocsCollector top = sort is null
            ? TopScoreDocCollector.Create(start + size, inOrder)
            : TopFieldCollector.Create(
                sort,
                start + size,
                fillFields: true,
                trackDocScores: true,
                trackMaxScore: false,
                inOrder);
        var facets = new FacetCollector();
        var together = new TogetherCount(tiers?.TogetherScore ?? float.PositiveInfinity, top);
        Search(searcher, query, MultiCollector.Wrap(together, facets), limit);
        // Each facet a filter is set on is counted again by a search without that filter: a plain way to the
        // counts the archive's collector keeps in one pass.
        var sideways = Enum.GetValues<Facet>().ToDictionary(facet => facet, facet =>
        {
            if (!selection[facet].IsActive) return facets;
            var counted = new FacetCollector();
            Search(searcher, Filtered(unfiltered, selection.AsQuery(except: facet)), counted, limit);
            return counted;
        });
        var (counts, timeline) = FacetCollector.Report(
            selection,
            sideways[Facet.Period],
            sideways[Facet.Organisation],
            sideways[Facet.DirectiveType],
            sideways[Facet.Province],
            facets);
        var hits = top.GetTopDocs(start, size).ScoreDocs;
        return new SearchPage(hits, top.TotalHits, tiers is null ? null : together.Count, counts, timeline);
    }

    private static Query Filtered(Query query, Query? filter) =>
        filter is null ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));

    private static void Search(IndexSearcher searcher, Query query, ICollector collector, TimeSpan limit)
    {
        try
        {
            searcher.Search(query, new TimeLimitingCollector(
                collector,
                TimeLimitingCollector.GlobalCounter,
                (long)limit.TotalMilliseconds));
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            throw new SearchTimeoutException(limit);
        }
    }
}
