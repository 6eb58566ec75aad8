using System.Collections.Concurrent;
using Archive.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// What "more like this" searches for: a document's most distinctive folded words (frequent in its
/// title and body, rare in the archive), as one query over the folded body. The body's words and their
/// counts come from its term vector, not a new analysis. Lucene's MoreLikeThis does the same but looks
/// every word's document frequency up in every segment on every call, far slower at 100k; here
/// the frequencies are remembered for the life of the index generation, which never changes.
/// </summary>
internal sealed class RelatedWords(Analyzer analyzer)
{
    private const int MaxWords = 25;
    private const int MinWordLength = 2;
    private readonly ConcurrentDictionary<string, int> documentFrequencies = new(StringComparer.Ordinal);

    public Query Query(IndexReader reader, int doc, string title)
    {
        var documents = reader.NumDocs;
        // A word in more than a twentieth of the archive says little about likeness and costs the most to score.
        var commonest = Math.Max(2, documents / 20);
        var query = new BooleanQuery();
        foreach (var (word, _) in Frequencies(reader, doc, title)
                     .Select(w => (Word: w.Key, Frequency: w.Value, Documents: DocumentFrequency(reader, w.Key)))
                     .Where(w => w.Documents is > 0 && w.Documents <= commonest)
                     .Select(w => (w.Word, Weight: w.Frequency * (Math.Log(documents / (double)(w.Documents + 1)) + 1)))
                     .OrderByDescending(w => w.Weight).ThenBy(w => w.Word, StringComparer.Ordinal)
                     .Take(MaxWords))
            query.Add(new TermQuery(new Term(IndexSchema.BodyFolded, word)), Occur.SHOULD);
        return query;
    }

    private int DocumentFrequency(IndexReader reader, string word) =>
        documentFrequencies.GetOrAdd(word, w => reader.DocFreq(new Term(IndexSchema.BodyFolded, w)));

    private Dictionary<string, int> Frequencies(IndexReader reader, int doc, string title)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string word, int times)
        {
            if (word.Length >= MinWordLength) frequencies[word] = frequencies.GetValueOrDefault(word) + times;
        }

        if (reader.GetTermVector(doc, IndexSchema.BodyFolded) is { } vector)
        {
            var words = vector.GetEnumerator();
            while (words.MoveNext()) Count(words.Term.Utf8ToString(), (int)words.TotalTermFreq);
        }
        using var stream = analyzer.GetTokenStream(IndexSchema.TitleFolded, title);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) Count(term.ToString(), 1);
        stream.End();
        return frequencies;
    }
}
