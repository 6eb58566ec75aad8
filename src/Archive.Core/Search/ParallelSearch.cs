using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// One query over every segment of the index at once, a core each, then the segments' best hits and
/// facet counts merged: on a large archive a common word matches most documents, and scoring and
/// counting them all is the whole cost of a search.
/// </summary>
internal static class ParallelSearch
{
    /// <summary>
    /// Hits start..start+size of the merged order, how many matched in all and together, and the facets of every match:
    /// the matches of <paramref name="query"/> that <paramref name="selection"/> keeps.
    /// </summary>
    public static SearchPage Run(
        IndexSearcher searcher,
        Query query,
        FacetSelection selection,
        Sort? sort,
        int start,
        int size,
        TimeSpan limit,
        Tiers? tiers = null)
    {
        if (sort is not null) return RunSorted(searcher, query, selection, sort, start, size, tiers);
        var clock = Stopwatch.StartNew();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopScoreDocCollector[leaves.Count];
        var facets = new FacetCollector[leaves.Count];
        var together = new TogetherCount[leaves.Count];
        var started = TimeLimitingCollector.GlobalCounter.Value;
        var timedOut = false;

        Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var leaf = leaves[i];
            var top = TopScoreDocCollector.Create(start + size, docsScoredInOrder: !weight.ScoresDocsOutOfOrder);
            var count = new TogetherCount(tiers?.TogetherScore ?? float.PositiveInfinity, top);
            var facet = new FacetCollector(selection, count);
            (tops[i], facets[i], together[i]) = (top, facet, count);
            var limited = new TimeLimitingCollector(
                facet,
                TimeLimitingCollector.GlobalCounter,
                (long)limit.TotalMilliseconds);
            // One budget for the whole search, however late this segment's turn comes.
            limited.SetBaseline(started);
            // The collector's clock ticks every few milliseconds: a segment whose turn comes after the
            // budget is not begun.
            if (clock.Elapsed > limit)
            {
                timedOut = true;
                return;
            }
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
        var merged = TopDocs.Merge(null, start, size, tops.Select(top => top.GetTopDocs()).ToArray());
        var (counts, timeline) = FacetCollector.Merge(facets, selection);
        return new SearchPage(
            merged.ScoreDocs,
            total,
            tiers is null ? null : together.Sum(c => c.Count),
            counts,
            timeline);
    }

    /// <summary>
    /// Sorted by date, no score decides the order: each segment's matches come from their postings as a
    /// bit set (<see cref="MatchingDocs"/>), and only the hits of the page asked for are scored. Its cost
    /// is bounded by the postings it reads, so it runs without the time limit.
    /// </summary>
    private static SearchPage RunSorted(
        IndexSearcher searcher,
        Query query,
        FacetSelection selection,
        Sort sort,
        int start,
        int size,
        Tiers? tiers)
    {
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopFieldCollector[leaves.Count];
        var facets = new FacetCollector[leaves.Count];
        var together = new int[leaves.Count];
        Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var leaf = leaves[i];
            var top = TopFieldCollector.Create(
                sort,
                start + size,
                fillFields: true,
                trackDocScores: false,
                trackMaxScore: false,
                docsScoredInOrder: true);
            var facet = new FacetCollector(selection);
            top.SetNextReader(leaf);
            facet.SetNextReader(leaf);
            var matched = MatchingDocs.Of(searcher, query, leaf);
            var kept = selection.IsActive ? new FixedBitSet(leaf.AtomicReader.MaxDoc) : matched;
            var matches = matched.GetIterator();
            for (var doc = matches.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.NextDoc())
            {
                if (!facet.Count(doc)) continue;
                top.Collect(doc);
                if (kept != matched) kept.Set(doc);
            }
            if (tiers is not null)
            {
                var both = MatchingDocs.Of(searcher, tiers.Together, leaf);
                both.And(kept);
                together[i] = both.Cardinality;
            }
            (tops[i], facets[i]) = (top, facet);
        });

        var total = tops.Sum(top => top.TotalHits);
        var hits = TopDocs.Merge(sort, start, size, tops.Select(top => top.GetTopDocs()).ToArray()).ScoreDocs;
        Score(searcher, query, hits);
        var (counts, timeline) = FacetCollector.Merge(facets, selection);
        return new SearchPage(hits, total, tiers is null ? null : together.Sum(), counts, timeline);
    }

    /// <summary>
    /// Each hit's score, shown beside it whatever the order: one scorer per segment, moved forward to each hit.
    /// </summary>
    private static void Score(IndexSearcher searcher, Query query, ScoreDoc[] hits)
    {
        if (hits.Length == 0) return;
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var segment in hits.GroupBy(hit => ReaderUtil.SubIndex(hit.Doc, leaves)))
        {
            var leaf = leaves[segment.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var hit in segment.OrderBy(hit => hit.Doc))
                hit.Score = scorer is not null && scorer.Advance(hit.Doc - leaf.DocBase) == hit.Doc - leaf.DocBase
                    ? scorer.GetScore()
                    : float.NaN;
        }
    }
}

/// <summary>
/// A page of hits, how many matched in all, how many of them together (null without tiers), and the facets and
/// timeline of every match.
/// </summary>
internal sealed record SearchPage(ScoreDoc[] Hits, int Total, int? Together, SearchFacets Facets, Timeline Timeline);

/// <summary>
/// What splits the matches into tiers: the together clause, and the lowest score a together-match has.
/// </summary>
internal sealed record Tiers(Query Together, float TogetherScore);

/// <summary>
/// Collects into another collector and counts the matches whose score puts them in the together tiers.
/// The scorer it hands on remembers each document's score: a scorer that steps through its clauses
/// document by document adds them up again at every call.
/// </summary>
internal sealed class TogetherCount(float threshold, ICollector inner) : ICollector
{
    private Scorer? scorer;

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
        this.scorer = new ScoreCachingWrappingScorer(scorer);
        inner.SetScorer(this.scorer);
    }

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc)
    {
        inner.Collect(doc);
        if (scorer!.GetScore() >= threshold) Count++;
    }
}
