using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archive.Browse;
using Archive.Directives;
using Archive.Import;
using Archive.Index.Schema;
using Archive.Model;
using Archive.Search;
using Archive.Storage;
using Lucene.Net.Analysis;
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
    /// <summary>How long one search may take before it gives up.</summary>
    public static readonly TimeSpan SearchTimeLimit = TimeSpan.FromSeconds(2);
    /// <summary>Deepest result a search pages to: beyond it, narrow the search instead.</summary>
    public const int MaxResultDepth = 10_000;

    private readonly FSDirectory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer analyzer = IndexSchema.CreateAnalyzer();
    private readonly QueryBuilder queryBuilder;
    private readonly RelatedWords relatedWords;
    private readonly SpellingSuggestions spelling = new();

    // Undated documents come last in both directions; documents of one day by id, in every import alike.
    // The id has no doc values on purpose: Lucene then sorts by its terms, read into memory once per
    // segment. Doc values are read from disk at each comparison across segments, which made a
    // date-sorted search slower (docs/performance.md, changelog of 2026-11-23).
    private static readonly Sort NewestFirst =
        new(ByDate(newestFirst: true), new SortField(IndexSchema.Id, SortFieldType.STRING));
    private static readonly Sort OldestFirst =
        new(ByDate(newestFirst: false), new SortField(IndexSchema.Id, SortFieldType.STRING));

    // Undated documents come last in both directions.
    private static SortField ByDate(bool newestFirst)
    {
        var field = new SortField(IndexSchema.SortDate, SortFieldType.INT64, newestFirst);
        field.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return field;
    }

    private readonly SearchEngine engine;

    private ArchiveIndex(FSDirectory directory, SearchEngine engine)
    {
        this.directory = directory;
        this.engine = engine;
        searchers = new SearcherManager(directory, new BM25SearcherFactory());
        queryBuilder = new QueryBuilder(analyzer);
        relatedWords = new RelatedWords(analyzer);
        Generation = directory.Directory.FullName;
        // Read in the background: searches and documents are answered meanwhile, and browsing pages
        // wait for them only in the first seconds after start on a large archive.
        var generation = Generation;
        catalog = Background(() => DocumentCatalog.Load(generation));
        directives = Background(() => DirectiveRegistry.Load(generation));
    }

    /// <summary>
    /// Long work on a thread of its own: on the thread pool it would hold the few threads a 2-core
    /// machine starts with, and the first requests would wait seconds for the pool to grow.
    /// </summary>
    public static Task<T> Background<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task Background(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The generation folder this index was opened from.</summary>
    public string Generation { get; }

    /// <summary>Every document's summary, for browsing.</summary>
    public DocumentCatalog Catalog => catalog.GetAwaiter().GetResult();

    private readonly Task<DocumentCatalog> catalog;
    private readonly Task<DirectiveRegistry> directives;

    /// <summary>Every coded directive the documents cite.</summary>
    public DirectiveRegistry Directives => directives.GetAwaiter().GetResult();

    /// <summary>Completes when the catalog and the registry have been read.</summary>
    public Task Loaded => Task.WhenAll(catalog, directives);

    /// <summary>Opens the live generation of an index folder; throws if there is none or it cannot be read.</summary>
    /// <param name="engine">What runs searches: only tests and the bench choose other than the archive's own.</param>
    public static ArchiveIndex Open(string indexDirectory, SearchEngine engine = SearchEngine.Archive) =>
        OpenGeneration(
            Generations.Live(indexDirectory)
            ?? throw new DirectoryNotFoundException(
                $"No index in {indexDirectory} (no '{Generations.PointerFile}' naming a generation)."),
            engine);

    /// <summary>Opens one generation folder (the site chooses it with <see cref="Generations.Choose"/>).</summary>
    public static ArchiveIndex OpenGeneration(string generation, SearchEngine engine = SearchEngine.Archive)
    {
        var directory = new PositionalReadDirectory(generation);
        try
        {
            return new ArchiveIndex(directory, engine);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public int Count => Use(searcher => searcher.IndexReader.NumDocs);

    public ArchiveDocument? Find(string? id) => string.IsNullOrEmpty(id) ? null : Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return hits.TotalHits == 0 ? null : Read(searcher, hits.ScoreDocs[0].Doc);
    });

    /// <summary>The original bytes of a document's source file.</summary>
    public byte[]? FindRaw(string id) => Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        if (hits.TotalHits == 0) return null;
        var raw = searcher.Doc(hits.ScoreDocs[0].Doc, RawOnly).GetField(IndexSchema.Raw).GetBinaryValue();
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

    /// <summary>
    /// Full-text search with filters, facets and snippets. Throws <see cref="SearchQueryException"/> for a bad query.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        if (request.Page < 1 || request.Size is < 1 or > SearchRequest.MaxPageSize)
            throw new SearchQueryException($"page phải từ 1 trở lên và size từ 1 đến {SearchRequest.MaxPageSize}.");
        if ((long)request.Page * request.Size > MaxResultDepth)
            throw new SearchQueryException($"Chỉ xem được {MaxResultDepth} kết quả đầu; hãy thu hẹp tìm kiếm.");

        var parsed = queryBuilder.Build(request.Query, request.Exact);
        var typed = Snippets.Typed(request.Query, request.Exact);
        var browsing = string.IsNullOrWhiteSpace(request.Query);
        var sort = request.Sort switch
        {
            SearchSort.DateDesc => NewestFirst,
            SearchSort.DateAsc => OldestFirst,
            _ => browsing ? NewestFirst : null,
        };

        return Use(searcher =>
        {
            var ranked = RankedQuery.Of(searcher, parsed, bitSets: engine != SearchEngine.Stock);
            var query = Filtered(ranked.Query, request);
            var selection = FacetSelection.Of(request);
            var tiers = ranked.Tiers;
            var start = (request.Page - 1) * request.Size;
            var found = engine switch
            {
                SearchEngine.Stock =>
                    StockSearch.Run(searcher, query, selection, sort, start, request.Size, SearchTimeLimit, tiers),
                SearchEngine.Compare => EngineComparison.Run(
                    searcher,
                    query,
                    Filtered(RankedQuery.Of(searcher, parsed, bitSets: false).Query, request),
                    selection,
                    sort,
                    start,
                    request.Size,
                    SearchTimeLimit,
                    tiers),
                _ => ParallelSearch.Run(searcher, query, selection, sort, start, request.Size, SearchTimeLimit, tiers),
            };
            var hits = new SearchHit[found.Hits.Length];
            // Each hit reads and decodes its stored document: independent, so on all cores.
            Parallel.For(0, hits.Length, i =>
            {
                var hit = found.Hits[i];
                var document = ReadHit(searcher, hit.Doc);
                var snippets = Snippets.Build(
                    IndexSchema.BodyText(document.Paragraphs, Snippets.MaxText),
                    parsed.Highlight,
                    typed);
                var score = float.IsNaN(hit.Score) ? 0f : ranked.Relevance(hit.Score);
                hits[i] = new SearchHit(
                    document.Id,
                    document.Title,
                    document.EventDate,
                    document.Published,
                    document.Organisation,
                    score,
                    snippets,
                    ranked.IsTogether(hit.Score));
            });
            var offer = spelling.Offer(searcher, request.Query, nothingFound: found.Total == 0);
            return new SearchResult(
                request.Query,
                found.Total,
                found.Together,
                found.Total - found.Together,
                request.Page,
                request.Size,
                clock.ElapsedMilliseconds,
                hits,
                found.Facets,
                found.Timeline)
            {
                DidYouMean = offer.DidYouMean,
                Suggestions = offer.Nearest,
            };
        });
    }

    /// <summary>
    /// Where a search's matches stand in a document's body
    /// (<see cref="IndexSchema.BodyText(ArchiveDocument)"/>), marked as its snippets are: the first
    /// <paramref name="max"/> from offset <paramref name="from"/> up to <paramref name="to"/>, so a huge
    /// body costs one pass and a bounded page.
    /// Throws <see cref="SearchQueryException"/> for a bad query.
    /// </summary>
    public TextMarks Marks(
        ArchiveDocument document,
        string query,
        bool exact,
        int max,
        int from = 0,
        int to = int.MaxValue)
    {
        var highlight = queryBuilder.Build(query, exact).Highlight;
        return Snippets.Marks(IndexSchema.BodyText(document), highlight, Snippets.Typed(query, exact), max, from, to);
    }

    /// <summary>
    /// Documents like one already read, as the catalog summarises them: a document of the 4 MB limit
    /// takes longer to read than to search, so neither it nor the related ones are read whole.
    /// </summary>
    public IReadOnlyList<DocumentSummary> Related(ArchiveDocument document, int count = 5) => Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, document.Id)), 1);
        if (hits.TotalHits == 0) return [];
        var query = new BooleanQuery
        {
            { relatedWords.Query(searcher.IndexReader, hits.ScoreDocs[0].Doc, document.Title), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, document.Id)), Occur.MUST_NOT },
        };
        return searcher.Search(query, count).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, IdOnly).Get(IndexSchema.Id, CultureInfo.InvariantCulture))
            .Select(Catalog.Find)
            .OfType<DocumentSummary>().ToList();
    });

    // The date range only: the facet filters are the search's FacetSelection, since each facet's counts
    // are taken with the others' filters and not its own.
    private static Query Filtered(Query query, SearchRequest request) =>
        request.From is null && request.To is null
            ? query
            : new FilteredQuery(query, new QueryWrapperFilter(NumericRangeQuery.NewInt32Range(
                IndexSchema.Date,
                request.From is { } from ? (int)DayNumber.Of(from) : null,
                request.To is { } to ? (int)DayNumber.Of(to) : null,
                true,
                true)));

    private static readonly ISet<string> JsonOnly = new HashSet<string> { IndexSchema.Json };
    private static readonly ISet<string> RawOnly = new HashSet<string> { IndexSchema.Raw };
    private static readonly ISet<string> IdOnly = new HashSet<string> { IndexSchema.Id };

    // Only the JSON: the stored source bytes beside it are not decoded.
    private static ArchiveDocument Read(IndexSearcher searcher, int doc) =>
        JsonSerializer.Deserialize<ArchiveDocument>(
            searcher.Doc(doc, JsonOnly).Get(IndexSchema.Json, CultureInfo.InvariantCulture), JsonFile.Options)
        ?? throw new InvalidDataException($"Document {doc} has no stored JSON");

    // A hit of a long document reads its short `hit` field and stops before the JSON; any other reads
    // the JSON, which is short. Hits of the 4 MB source limit, each decoded whole, took hundreds of
    // megabytes and most of a second a search (docs/performance.md, changelog of 2026-12-03).
    private static IndexSchema.HitFields ReadHit(IndexSearcher searcher, int doc)
    {
        var fields = new HitVisitor();
        searcher.Doc(doc, fields);
        return fields.Hit is { } hit
            ? JsonSerializer.Deserialize<IndexSchema.HitFields>(hit, JsonFile.Options)!
            : IndexSchema.HitFields.Of(JsonSerializer.Deserialize<ArchiveDocument>(
                fields.Json ?? throw new InvalidDataException($"Document {doc} has no stored JSON"),
                JsonFile.Options)!);
    }

    /// <summary>The `hit` field when the document has one, else its JSON: never both.</summary>
    private sealed class HitVisitor : StoredFieldVisitor
    {
        public string? Hit { get; private set; }
        public string? Json { get; private set; }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            Hit is not null || Json is not null ? Status.STOP
            : fieldInfo.Name is IndexSchema.Hit or IndexSchema.Json ? Status.YES
            : Status.NO;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            if (fieldInfo.Name == IndexSchema.Hit) Hit = value;
            else Json = value;
        }
    }

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
        directives.ContinueWith(loaded => loaded.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
    }
}
