using System.Text.Json;
using Archive.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Index;

/// <summary>A page of documents and how many there are in all.</summary>
public sealed record DocumentPage(int Total, int Page, int Size, IReadOnlyList<ArchiveDocument> Items);

/// <summary>
/// The published index, opened read-only: the one store the site and the CLI read. One instance for
/// the whole application; searchers come from a <see cref="SearcherManager"/>.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly SearcherManager searchers;

    private static readonly Sort NewestFirst = new(
        new SortField(IndexSchema.SortDate, SortFieldType.INT64, reverse: true),
        new SortField(IndexSchema.Id, SortFieldType.STRING));

    private ArchiveIndex(FSDirectory directory)
    {
        this.directory = directory;
        searchers = new SearcherManager(directory, null);
        Manifest = ImportManifest.Load(directory.Directory.FullName);
    }

    public ImportManifest? Manifest { get; }

    /// <summary>Opens the index in a folder; throws if there is none or it cannot be read.</summary>
    public static ArchiveIndex Open(string indexDirectory)
    {
        var directory = FSDirectory.Open(indexDirectory);
        try
        {
            return new ArchiveIndex(directory);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public int Count => Use(searcher => searcher.IndexReader.NumDocs);

    public ArchiveDocument? Find(string id) => Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return hits.TotalHits == 0 ? null : Read(searcher, hits.ScoreDocs[0].Doc);
    });

    /// <summary>The original bytes of a document's source file.</summary>
    public byte[]? FindRaw(string id) => Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        if (hits.TotalHits == 0) return null;
        var raw = searcher.Doc(hits.ScoreDocs[0].Doc).GetField(IndexSchema.Raw).GetBinaryValue();
        return raw.Bytes.AsSpan(raw.Offset, raw.Length).ToArray();
    });

    /// <summary>Documents newest first by meeting date (else publication date); undated ones last.</summary>
    public DocumentPage List(int page, int size) => Use(searcher =>
    {
        var wanted = Math.Max(1, page * size);
        var top = searcher.Search(new MatchAllDocsQuery(), wanted, NewestFirst);
        var items = top.ScoreDocs.Skip((page - 1) * size).Take(size).Select(hit => Read(searcher, hit.Doc)).ToList();
        return new DocumentPage(top.TotalHits, page, size, items);
    });

    private static ArchiveDocument Read(IndexSearcher searcher, int doc) =>
        JsonSerializer.Deserialize<ArchiveDocument>(searcher.Doc(doc).Get(IndexSchema.Json), IndexSchema.JsonOptions)
        ?? throw new InvalidDataException($"Document {doc} has no stored JSON");

    private T Use<T>(Func<IndexSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
    }
}
