using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// One query over every segment of the index at once, a core each, then the segments' best hits and
/// facet counts merged: on a large archive a common word matches most documents, and scoring and
/// counting them all is the whole cost of a search.
/// </summary>
internal static class ParallelSearch
{
    /// <summary>Hits start..start+size of the merged order, how many matched in all, and the facets of every match.</summary>
    public static (ScoreDoc[] Hits, int Total, SearchFacets Facets) Run(
        IndexSearcher searcher, Query query, Sort? sort, int start, int size, TimeSpan limit)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var wanted = start + size;
        var tops = new ITopDocsCollector[leaves.Count];
        var facets = new FacetCollector[leaves.Count];
        var budget = (long)limit.TotalMilliseconds;
        var started = TimeLimitingCollector.GlobalCounter.Value;
        var timedOut = false;

        Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var leaf = leaves[i];
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facet = new FacetCollector();
            var limited = new TimeLimitingCollector(MultiCollector.Wrap(top, facet), TimeLimitingCollector.GlobalCounter, budget);
            // One budget for the whole search, however late this segment's turn comes.
            limited.SetBaseline(started);
            (tops[i], facets[i]) = (top, facet);

            try
            {
                limited.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !limited.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(limited);
            }
            catch (TimeLimitingCollector.TimeExceededException)
            {
                timedOut = true;
            }
        });
        if (timedOut) throw new SearchTimeoutException(limit);

        var total = tops.Sum(top => top.TotalHits);
        var merged = TopDocs.Merge(sort, start, size, tops.Select(top => top.GetTopDocs()).ToArray());
        return (merged.ScoreDocs, total, FacetCollector.Merge(facets));
    }
}
