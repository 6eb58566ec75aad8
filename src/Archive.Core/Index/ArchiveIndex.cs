using System.Diagnostics;
using System.Text.Json;
using Archive.Browse;
using Archive.Directives;
using Archive.Model;
using Archive.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
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
    /// <summary>How long one search may take before it gives up.</summary>
    public static readonly TimeSpan SearchTimeLimit = TimeSpan.FromSeconds(2);
    /// <summary>Deepest result a search pages to: beyond it, narrow the search instead.</summary>
    public const int MaxResultDepth = 10_000;

    private readonly FSDirectory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer analyzer = IndexSchema.CreateAnalyzer();
    private readonly QueryBuilder queryBuilder;

    // Undated documents come last in both directions.
    private static readonly Sort NewestFirst = new(ByDate(newestFirst: true), new SortField(IndexSchema.Id, SortFieldType.STRING));
    private static readonly Sort OldestFirst = new(ByDate(newestFirst: false), new SortField(IndexSchema.Id, SortFieldType.STRING));

    // Undated documents come last in both directions.
    private static SortField ByDate(bool newestFirst)
    {
        var field = new SortField(IndexSchema.SortDate, SortFieldType.INT64, newestFirst);
        field.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return field;
    }

    private ArchiveIndex(FSDirectory directory)
    {
        this.directory = directory;
        searchers = new SearcherManager(directory, new BM25SearcherFactory());
        queryBuilder = new QueryBuilder(analyzer);
        Generation = directory.Directory.FullName;
        Manifest = ImportManifest.Load(Generation);
        // Read in the background: searches and documents are answered meanwhile, and browsing pages
        // wait for them only in the first seconds after start on a large archive.
        var generation = Generation;
        catalog = Task.Run(() => DocumentCatalog.Load(generation));
        directives = Task.Run(() => DirectiveRegistry.Load(generation));
    }

    /// <summary>The generation folder this index was opened from.</summary>
    public string Generation { get; }

    /// <summary>Every document's summary, for browsing.</summary>
    public DocumentCatalog Catalog => catalog.GetAwaiter().GetResult();

    private readonly Task<DocumentCatalog> catalog;
    private readonly Task<DirectiveRegistry> directives;

    public ImportManifest? Manifest { get; }

    /// <summary>Every coded directive the documents cite.</summary>
    public DirectiveRegistry Directives => directives.GetAwaiter().GetResult();

    /// <summary>Opens the live generation of an index folder; throws if there is none or it cannot be read.</summary>
    public static ArchiveIndex Open(string indexDirectory)
    {
        var live = IndexLocation.Live(indexDirectory)
                   ?? throw new DirectoryNotFoundException($"No index in {indexDirectory} (no '{IndexLocation.PointerFile}' naming a generation).");
        var directory = FSDirectory.Open(live);
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

    /// <summary>Full-text search with filters, facets and snippets. Throws <see cref="SearchQueryException"/> for a bad query.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        if (request.Page < 1 || request.Size is < 1 or > SearchRequest.MaxPageSize)
            throw new SearchQueryException($"page phải từ 1 trở lên và size từ 1 đến {SearchRequest.MaxPageSize}.");
        if ((long)request.Page * request.Size > MaxResultDepth)
            throw new SearchQueryException($"Chỉ xem được {MaxResultDepth} kết quả đầu; hãy thu hẹp tìm kiếm.");

        var (query, highlight) = queryBuilder.Build(request.Query, request.Exact);
        var filtered = Filtered(query, request);
        var browsing = string.IsNullOrWhiteSpace(request.Query);
        var sort = request.Sort switch
        {
            SearchSort.DateDesc => NewestFirst,
            SearchSort.DateAsc => OldestFirst,
            _ => browsing ? NewestFirst : null,
        };

        return Use(searcher =>
        {
            var wanted = request.Page * request.Size;
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCollector();
            var limited = new TimeLimitingCollector(MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter,
                (long)SearchTimeLimit.TotalMilliseconds);
            try
            {
                searcher.Search(filtered, limited);
            }
            catch (TimeLimitingCollector.TimeExceededException)
            {
                throw new SearchTimeoutException(SearchTimeLimit);
            }

            var page = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
            var hits = page.ScoreDocs.Select(hit =>
            {
                var document = Read(searcher, hit.Doc);
                var snippets = Snippets.Build(searcher.IndexReader, hit.Doc, IndexSchema.BodyText(document), highlight);
                var score = float.IsNaN(hit.Score) ? 0f : hit.Score;
                return new SearchHit(document.Id, document.Title, document.EventDate, document.Published, document.Organisation, score, snippets);
            }).ToList();
            return new SearchResult(request.Query, top.TotalHits, request.Page, request.Size, clock.ElapsedMilliseconds, hits, facets.Facets());
        });
    }

    /// <summary>Documents like this one (MoreLikeThis over the folded body), best first.</summary>
    public IReadOnlyList<ArchiveDocument> Related(string id, int count = 5) => Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        if (hits.TotalHits == 0) return [];
        var doc = hits.ScoreDocs[0].Doc;
        // Distinctive words only: a word in more than a twentieth of the archive says little about
        // likeness and costs the most to score.
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            FieldNames = [IndexSchema.BodyFolded],
            Analyzer = analyzer,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxDocFreq = Math.Max(2, searcher.IndexReader.NumDocs / 20),
            MinWordLen = 2,
            MaxQueryTerms = 25,
        };
        // The title and the opening paragraphs say what a document is about, and keep the term lookups few.
        var document = Read(searcher, doc);
        var about = document.Title + "\n" + string.Join("\n", document.Paragraphs.Take(2));
        var query = new BooleanQuery
        {
            { like.Like(new StringReader(about), IndexSchema.BodyFolded), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST_NOT },
        };
        return searcher.Search(query, count).ScoreDocs.Select(hit => Read(searcher, hit.Doc)).ToList();
    });

    private static Query Filtered(Query query, SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (request.From is not null || request.To is not null)
            filters.Add(NumericRangeQuery.NewInt32Range(IndexSchema.Date,
                request.From is { } from ? (int)IndexSchema.ToNumber(from) : null,
                request.To is { } to ? (int)IndexSchema.ToNumber(to) : null, true, true), Occur.MUST);
        if (request.Year is { } year)
            filters.Add(new TermQuery(new Term(IndexSchema.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Organisation))
            filters.Add(new TermQuery(new Term(IndexSchema.OrganisationExact, request.Organisation)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.DirectiveType))
            filters.Add(new TermQuery(new Term(IndexSchema.DirectiveType, request.DirectiveType)), Occur.MUST);
        return filters.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filters));
    }

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
        analyzer.Dispose();
        directory.Dispose();
    }
}
