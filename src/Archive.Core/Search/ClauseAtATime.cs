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
    private readonly List<Clause> clauses;

    private ClauseAtATime(IndexSearcher searcher, Query query, List<Clause> clauses) =>
        (this.searcher, this.query, this.clauses) = (searcher, query, clauses);

    /// <summary>
    /// The query's scoring clauses, each weighted with its own and its parents' boosts; null when its score
    /// is not their sum, or when the search is filtered (a year, dates, an organisation): Lucene's scorers
    /// then skip to the few documents the filter keeps, where reading every clause to its end costs more.
    /// </summary>
    public static ClauseAtATime? Plan(IndexSearcher searcher, Query query)
    {
        var clauses = new List<Clause>();
        return Collect(searcher, query, 1f, top: true, clauses) ? new ClauseAtATime(searcher, query, clauses) : null;
    }

    private static bool Collect(IndexSearcher searcher, Query query, float boost, bool top, List<Clause> into)
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
            case TermQuery word when searcher.Similarity is ArchiveSimilarity similarity:
                var context = TermContext.Build(searcher.TopReaderContext, word.Term);
                var score = similarity.ScoreOf(searcher.CollectionStatistics(word.Term.Field), searcher.TermStatistics(word.Term, context), word.Boost * boost);
                into.Add(new WordClause(word, context, score));
                return true;
            default:
                var boosted = (Query)query.Clone();
                boosted.Boost = query.Boost * boost;
                into.Add(new LuceneClause(query, searcher.CreateNormalizedWeight(boosted)));
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
            foreach (var clause in clauses)
            {
                if (clock.Elapsed > limit) throw new SearchTimeoutException(limit);
                var bits = new FixedBitSet(size);
                matched[clause.Query] = bits;
                clause.Add(leaf, scores, bits);
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

    /// <summary>One scoring clause of the query: adds its score to each document it matches, and marks it.</summary>
    private abstract class Clause(Query query)
    {
        public Query Query { get; } = query;

        public abstract void Add(AtomicReaderContext leaf, float[] scores, FixedBitSet matched);
    }

    /// <summary>Any query, scored by its own Lucene scorer.</summary>
    private sealed class LuceneClause(Query query, Weight weight) : Clause(query)
    {
        public override void Add(AtomicReaderContext leaf, float[] scores, FixedBitSet matched)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) return;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                scores[doc] += scorer.GetScore();
                matched.Set(doc);
            }
        }
    }

    /// <summary>
    /// A word, by far the commonest clause: its postings (documents and frequencies) read in a loop of
    /// its own, with the BM25 numbers Lucene would use (<see cref="ArchiveSimilarity"/>).
    /// </summary>
    private sealed class WordClause(TermQuery word, TermContext context, WordScore score) : Clause(word)
    {
        public override void Add(AtomicReaderContext leaf, float[] scores, FixedBitSet matched)
        {
            if (context.Get(leaf.Ord) is not { } state) return;
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(word.Term.Field)!.GetEnumerator();
            terms.SeekExact(word.Term.Bytes, state);
            var docs = terms.Docs(reader.LiveDocs, null, DocsFlags.FREQS);
            var norms = SegmentNorms.Of(reader, word.Term.Field);
            var (weight, lengthFactors) = (score.Weight, score.LengthFactors);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                float freq = docs.Freq;
                scores[doc] += weight * freq / (freq + (norms is null ? score.WithoutNorms : lengthFactors[norms[doc]]));
                matched.Set(doc);
            }
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
