using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search;

/// <summary>Every searcher ranks with BM25 (the index is written with it too).</summary>
internal sealed class BM25SearcherFactory : SearcherFactory
{
    public static readonly BM25Similarity Similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
