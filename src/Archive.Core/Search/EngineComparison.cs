using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// A search run by the archive's own path and by stock Lucene.Net, and the two answers compared: the same
/// count, together-count, facets, and hits in the same order with the same scores. For tests and the
/// bench (<see cref="SearchEngine.Compare"/>): any difference throws, naming it.
/// </summary>
internal static class EngineComparison
{
    /// <param name="stockQuery">The same query as Lucene alone builds it (its tiers read by Lucene's scorers).</param>
    public static SearchPage Run(
        IndexSearcher searcher,
        Query query,
        Query stockQuery,
        FacetSelection selection,
        Sort? sort,
        int start,
        int size,
        TimeSpan limit,
        Tiers? tiers)
    {
        var archive = ParallelSearch.Run(searcher, query, selection, sort, start, size, limit, tiers);
        var stock = StockSearch.Run(searcher, stockQuery, selection, sort, start, size, limit, tiers);

        Require(archive.Total == stock.Total, $"total {archive.Total} against Lucene's {stock.Total}");
        Require(archive.Together == stock.Together, $"together {archive.Together} against Lucene's {stock.Together}");
        Require(
            archive.Facets.Year.SequenceEqual(stock.Facets.Year)
            && archive.Facets.Month.SequenceEqual(stock.Facets.Month)
            && archive.Facets.Organisation.SequenceEqual(stock.Facets.Organisation)
            && archive.Facets.DirectiveType.SequenceEqual(stock.Facets.DirectiveType)
            && archive.Facets.Province.SequenceEqual(stock.Facets.Province),
            "facets differ");
        Require(
            archive.Timeline.Unit == stock.Timeline.Unit && archive.Timeline.Undated == stock.Timeline.Undated
            && archive.Timeline.Periods.SequenceEqual(stock.Timeline.Periods),
            "timelines differ");
        Require(
            archive.Hits.Length == stock.Hits.Length,
            $"{archive.Hits.Length} hits against Lucene's {stock.Hits.Length}");
        for (var i = 0; i < archive.Hits.Length; i++)
        {
            var (ours, theirs) = (archive.Hits[i], stock.Hits[i]);
            // Equal scores summed in another order may differ in the last bits and swap places.
            var same = Close(ours.Score, theirs.Score);
            Require(same && (ours.Doc == theirs.Doc || sort is null),
                $"hit {start + i}: document {ours.Doc} ({ours.Score}) against Lucene's {theirs.Doc} ({theirs.Score})");
        }
        return archive;
    }

    private static bool Close(float a, float b) =>
        (float.IsNaN(a) && float.IsNaN(b))
            || Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static void Require(bool condition, string difference)
    {
        if (!condition)
            throw new InvalidOperationException("The archive's search and stock Lucene.Net disagree: " + difference);
    }
}
