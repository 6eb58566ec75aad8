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
        Sort? sort,
        int start,
        int size,
        TimeSpan limit,
        Tiers? tiers)
    {
        var searcher = new IndexSearcher(archive.IndexReader) { Similarity = Similarity };
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
        var limited = new TimeLimitingCollector(
            MultiCollector.Wrap(together, facets),
            TimeLimitingCollector.GlobalCounter,
            (long)limit.TotalMilliseconds);
        try
        {
            searcher.Search(query, limited);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            throw new SearchTimeoutException(limit);
        }
        var hits = top.GetTopDocs(start, size).ScoreDocs;
        return new SearchPage(
            hits,
            top.TotalHits,
            tiers is null ? null : together.Count,
            FacetCollector.Merge([facets]));
    }
}
