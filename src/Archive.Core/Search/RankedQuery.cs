using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search;

/// <summary>
/// The ranking contract. Documents with the plain words together and in order come before those with
/// them only apart; within each, those with the diacritics as typed before those matched only once
/// folded; BM25 orders each tier. Each tier clause adds a constant multiple of <see cref="Unit"/>, a
/// power of two above the most the rest of the query can score, so no BM25 score crosses a tier and the
/// tier and the BM25 part can be read back from a score. As plain clauses of the query, the tiers rank
/// alike in every search path and in stock Lucene.
/// </summary>
public sealed class RankedQuery
{
    // Together and typed together outweigh typed words alone: 7 together as typed, 5 together with the
    // typed words apart, 4 together folded only, 1 apart as typed, 0 apart folded only.
    private const int TogetherTier = 4, TypedTogetherTier = 2, TypedWordsTier = 1;

    private RankedQuery(Query query, float unit, Query? together) => (Query, Unit, Together) = (query, unit, together);

    /// <summary>The query with its tier clauses.</summary>
    public Query Query { get; }

    /// <summary>The tier step: every score below the tiers is under it. Zero when the query has no tiers.</summary>
    public float Unit { get; }

    /// <summary>What a document must match to be in the "together" tiers; null when the query has none.</summary>
    public Query? Together { get; }

    /// <summary>Lowest score of a together-match.</summary>
    public float TogetherScore => TogetherTier * Unit;

    /// <summary>What a search needs to count the together-matches; null when the query has no tiers.</summary>
    internal Tiers? Tiers => Together is { } together ? new Tiers(together, TogetherScore) : null;

    /// <param name="bitSets">
    /// A tier whose every word is common read as a set of documents (<see cref="MatchingDocsFilter"/>)
    /// rather than by Lucene's scorers: the same scores, less work where its words are in most documents.
    /// False for stock Lucene.Net.
    /// </param>
    public static RankedQuery Of(IndexSearcher searcher, ParsedQuery parsed, bool bitSets = true)
    {
        var tiers = new[]
            {
                (parsed.Together, TogetherTier),
                (parsed.TypedTogether, TypedTogetherTier),
                (parsed.TypedWords, TypedWordsTier),
            }
            .Where(t => t.Item1 is not null).ToList();
        if (tiers.Count == 0
            || parsed.Query is not BooleanQuery top
            || Bound(parsed.Query, MaxIdf(searcher)) is not { } bound)
            return new RankedQuery(parsed.Query, 0f, null);

        var unit = (float)Math.Pow(2, Math.Ceiling(Math.Log2(bound + 1)));
        var ranked = (BooleanQuery)top.Clone();
        foreach (var (clause, tier) in tiers)
        {
            var constant = bitSets && Common(searcher.IndexReader, clause!)
                ? new ConstantScoreQuery(new MatchingDocsFilter(searcher, clause!))
                : new ConstantScoreQuery(clause);
            constant.Boost = tier * unit / top.Boost;
            ranked.Add(constant, Occur.SHOULD);
        }
        return new RankedQuery(ranked, unit, parsed.Together);
    }

    /// <summary>
    /// Whether even the rarest term of a clause is in an eighth of the documents or more. Then Lucene's
    /// scorers step through most documents, and a set read from the postings costs less; for rarer words
    /// they skip, and the set, built whole, costs more (docs/performance.md, changelog of 2026-12-02).
    /// </summary>
    private static bool Common(IndexReader reader, Query clause)
    {
        var terms = new HashSet<Term>();
        clause.ExtractTerms(terms);
        return terms.Count > 0 && terms.Min(reader.DocFreq) * 8L >= reader.MaxDoc;
    }

    /// <summary>Whether a score is a together-match's.</summary>
    public bool IsTogether(float score) => Together is not null && score >= TogetherScore;

    /// <summary>The BM25 part of a score, without its tiers.</summary>
    public float Relevance(float score) =>
        Unit == 0f || float.IsNaN(score) ? score : score - MathF.Floor(score / Unit) * Unit;

    /// <summary>
    /// The most a query can score, from BM25's bound on one term (its weight times k1 + 1, with the largest
    /// idf any term can have); a phrase's idf is the sum of its terms'. Null for a shape it cannot bound.
    /// </summary>
    private static double? Bound(Query query, double termBound)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                double sum = 0;
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    if (Bound(clause.Query, termBound) is not { } part) return null;
                    sum += part;
                }
                return boolean.Boost * sum;
            case TermQuery term:
                return term.Boost * termBound;
            case PhraseQuery phrase:
                return phrase.Boost * phrase.GetTerms().Length * termBound;
            case FilteredQuery filtered:
                return filtered.Boost * Bound(filtered.Query, termBound);
            case MatchAllDocsQuery or ConstantScoreQuery:
                return query.Boost;
            case MultiTermQuery multi when multi.MultiTermRewriteMethod == MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE:
                return query.Boost;
            default:
                return null;
        }
    }

    // BM25's idf, log(1 + (N - n + 0.5) / (n + 0.5)), is largest for a term in no document.
    private static double MaxIdf(IndexSearcher searcher)
    {
        var k1 = searcher.Similarity is BM25Similarity bm25 ? bm25.K1 : 1.2f;
        var documents = searcher.IndexReader.MaxDoc;
        return Math.Log(1 + (documents + 0.5) / 0.5) * (k1 + 1);
    }
}
