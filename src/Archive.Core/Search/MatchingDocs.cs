using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// The documents of one segment a query matches, as a bit set. Sorted by date, no score is needed, so a
/// word's documents are read from its postings alone (no frequencies, no positions) and the clauses
/// combined a machine word at a time, in a fraction of the time scoring takes (docs/performance.md,
/// "Parts"). Queries other than words and their combinations (phrases, prefixes,
/// ranges) are matched by their own scorer.
/// </summary>
internal static class MatchingDocs
{
    public static FixedBitSet Of(IndexSearcher searcher, Query query, AtomicReaderContext leaf)
    {
        var reader = leaf.AtomicReader;
        switch (query)
        {
            case TermQuery term:
                return OfTerm(reader, term.Term);
            case MatchAllDocsQuery:
                var all = new FixedBitSet(reader.MaxDoc);
                all.Set(0, reader.MaxDoc);
                return WithoutDeleted(all, reader);
            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0:
                return OfBoolean(searcher, boolean, leaf);
            case FilteredQuery filtered:
                var matched = Of(searcher, filtered.Query, leaf);
                var kept = filtered.Filter.GetDocIdSet(leaf, reader.LiveDocs)?.GetIterator();
                if (kept is null) return new FixedBitSet(reader.MaxDoc);
                matched.And(kept);
                return matched;
            default:
                return OfScorer(searcher, query, leaf);
        }
    }

    private static FixedBitSet OfBoolean(IndexSearcher searcher, BooleanQuery boolean, AtomicReaderContext leaf)
    {
        var size = leaf.AtomicReader.MaxDoc;
        // Optional clauses decide what matches only when nothing is required.
        var required = boolean.Clauses.Any(c => c.Occur == Occur.MUST);
        FixedBitSet? result = null;
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == (required ? Occur.MUST : Occur.SHOULD)))
        {
            var bits = Of(searcher, clause.Query, leaf);
            if (result is null) result = bits;
            else if (required) result.And(bits);
            else result.Or(bits);
        }
        result ??= new FixedBitSet(size);
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT))
            result.AndNot(Of(searcher, clause.Query, leaf));
        return result;
    }

    private static FixedBitSet OfTerm(AtomicReader reader, Term term)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term.Bytes)) return bits;
        var docs = terms.Docs(reader.LiveDocs, null, DocsFlags.NONE);
        if (docs is not null) bits.Or(docs);
        return bits;
    }

    private static FixedBitSet OfScorer(IndexSearcher searcher, Query query, AtomicReaderContext leaf)
    {
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        var scorer = searcher.CreateNormalizedWeight(query).GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        if (scorer is not null) bits.Or(scorer);
        return bits;
    }

    private static FixedBitSet WithoutDeleted(FixedBitSet bits, AtomicReader reader)
    {
        if (reader.LiveDocs is not { } live) return bits;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            if (!live.Get(doc)) bits.Clear(doc);
        return bits;
    }
}

/// <summary>
/// A query's matches as a filter, each segment's set read by <see cref="MatchingDocs"/>: for a clause that
/// only adds a constant (a ranking tier), its postings combined a machine word at a time instead of
/// Lucene's scorers stepping through every clause for every document the query matches.
/// </summary>
internal sealed class MatchingDocsFilter(IndexSearcher searcher, Query query) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        MatchingDocs.Of(searcher, query, context);
}
