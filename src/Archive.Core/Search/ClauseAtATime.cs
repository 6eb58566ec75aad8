using System.Buffers;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Scores a search by relevance one clause at a time: each word's postings are read once, start to end,
/// adding its BM25 score into an array for the segment, and the matches come from <see cref="MatchingDocs"/>.
/// Lucene's own scorers step through every clause document by document, which on a large archive, where a
/// common word matches nearly every document, costs about twice as much. With BM25 a document's score is
/// the sum of the scores of the words it matches (no coordination factor, no query norm), so the result is
/// the same, as long as every Boolean query below the top one is only optional clauses, as
/// <see cref="QueryBuilder"/> makes them; for any other shape <see cref="Plan"/> returns null.
/// </summary>
internal sealed class ClauseAtATime
{
    private readonly IndexSearcher searcher;
    private readonly Query query;
    private readonly List<(Query Clause, Weight Weight)> clauses;

    private ClauseAtATime(IndexSearcher searcher, Query query, List<(Query Clause, Weight Weight)> clauses) =>
        (this.searcher, this.query, this.clauses) = (searcher, query, clauses);

    /// <summary>
    /// The query's scoring clauses, each weighted with its own and its parents' boosts; null when its score
    /// is not their sum, or when the search is filtered (a year, dates, an organisation): Lucene's scorers
    /// then skip to the few documents the filter keeps, where reading every clause to its end costs more.
    /// </summary>
    public static ClauseAtATime? Plan(IndexSearcher searcher, Query query)
    {
        var clauses = new List<(Query Clause, Weight Weight)>();
        return Collect(searcher, query, 1f, top: true, clauses) ? new ClauseAtATime(searcher, query, clauses) : null;
    }

    private static bool Collect(IndexSearcher searcher, Query query, float boost, bool top, List<(Query, Weight)> into)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                if (boolean.MinimumNumberShouldMatch != 0) return false;
                if (!top && boolean.Clauses.Any(c => c.Occur != Occur.SHOULD)) return false;
                return boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)
                    .All(c => Collect(searcher, c.Query, boost * boolean.Boost, top: false, into));
            case FilteredQuery:
                return false;
            default:
                var boosted = (Query)query.Clone();
                boosted.Boost = query.Boost * boost;
                into.Add((query, searcher.CreateNormalizedWeight(boosted)));
                return true;
        }
    }

    /// <summary>
    /// One segment's matches into the collectors, each with its score. The time limit is checked between
    /// clauses: one clause's postings are read to their end.
    /// </summary>
    public void Search(AtomicReaderContext leaf, ICollector top, FacetCollector facets, Stopwatch clock, TimeSpan limit)
    {
        var size = leaf.AtomicReader.MaxDoc;
        var scores = ArrayPool<float>.Shared.Rent(size);
        try
        {
            Array.Clear(scores, 0, size);
            // Which documents each clause matched, so that what the whole query matches is not read again.
            var matched = new Dictionary<Query, FixedBitSet>(ReferenceEqualityComparer.Instance);
            foreach (var (clause, weight) in clauses)
            {
                if (clock.Elapsed > limit) throw new SearchTimeoutException(limit);
                var bits = new FixedBitSet(size);
                matched[clause] = bits;
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    scores[doc] += scorer.GetScore();
                    bits.Set(doc);
                }
            }

            var current = new CurrentScore();
            top.SetNextReader(leaf);
            top.SetScorer(current);
            facets.SetNextReader(leaf);
            var matches = MatchingDocs.Of(searcher, query, leaf, matched).GetIterator();
            for (var doc = matches.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.NextDoc())
            {
                (current.Doc, current.Score) = (doc, scores[doc]);
                top.Collect(doc);
                facets.Collect(doc);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>What a collector asks of the document it is given: its score, already summed.</summary>
    private sealed class CurrentScore() : Scorer(null)
    {
        public int Doc = -1;
        public float Score;

        public override float GetScore() => Score;
        public override int Freq => 1;
        public override int DocID => Doc;
        public override int NextDoc() => throw new NotSupportedException();
        public override int Advance(int target) => throw new NotSupportedException();
        public override long GetCost() => 0;
    }
}
