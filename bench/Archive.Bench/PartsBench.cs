using System.Diagnostics;
using Archive.Import;
using Archive.Index.Schema;
using Archive.Search;
using Archive.Storage;
using Archive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using BytesRef = Lucene.Net.Util.BytesRef;
using IBits = Lucene.Net.Util.IBits;

namespace Archive.Bench;

/// <summary>
/// Each custom part of the search engine against the stock Lucene.Net class it replaces, on one index:
/// the same queries, each part taken away in turn, p50 of every query summed. A part whose gain on real
/// text is under 20 % is not worth its code (issue 14).
/// </summary>
public static class PartsBench
{
    // Queries a reader of real news types: words, names, a phrase, a rare word with a common one, and the
    // shapes that take other paths (a filter, a date sort).
    private static readonly (string Name, SearchRequest Request)[] Queries =
    [
        ("word", new() { Query = "nhũng" }),
        ("word, no diacritics", new() { Query = "nhung" }),
        ("two syllables", new() { Query = "tham nhũng" }),
        ("three syllables", new() { Query = "Bộ Chính trị" }),
        ("four syllables", new() { Query = "an toàn giao thông" }),
        ("six syllables", new() { Query = "phòng chống tham nhũng lãng phí" }),
        ("quoted phrase", new() { Query = "\"an ninh trật tự\"" }),
        ("rare + common", new() { Query = "Quảng Ngãi nhân dân" }),
        ("common word", new() { Query = "công tác" }),
        ("year filter", new() { Query = "tham nhũng", Period = FacetFilter.AnyOf("2017") }),
    ];

    // The parts are measured without facet filters, which a search counts apart (FacetCollector).
    private static readonly FacetSelection None = FacetSelection.None;

    private static readonly (string Name, SearchRequest Request)[] Sorted =
    [
        ("sorted: word", new() { Query = "an ninh", Sort = SearchSort.DateDesc }),
        ("sorted: common word", new() { Query = "công tác", Sort = SearchSort.DateDesc }),
    ];

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static void Run(string source, string work, int iterations)
    {
        var indexFolder = Path.Combine(work, "archive-index");
        var imported = IndexPublisher.Import(source, indexFolder);
        var generation = Generations.Live(indexFolder)!;
        Console.WriteLine($"{imported.Documents} documents in {generation}\n");

        using var directory = new PositionalReadDirectory(generation);
        using var reader = DirectoryReader.Open(directory);
        using var mapped = new MMapDirectory(new DirectoryInfo(generation));
        using var mappedReader = DirectoryReader.Open(mapped);
        var archive = new IndexSearcher(reader) { Similarity = BM25SearcherFactory.Similarity };
        var plain = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var mappedSearcher = new IndexSearcher(mappedReader) { Similarity = BM25SearcherFactory.Similarity };
        var builder = new QueryBuilder(IndexSchema.CreateAnalyzer());

        var rows = new List<(string Part, string Replaces, double Custom, double Stock)>();
        double Sum(
            (string Name, SearchRequest Request)[] queries,
            Func<IndexSearcher, Query, Sort?, Tiers?, object> run,
            IndexSearcher? on = null) =>
            queries.Sum(q =>
            {
                var searcher = on ?? archive;
                var ranked = RankedQuery.Of(searcher, builder.Build(q.Request.Query, q.Request.Exact));
                // The filter as a query, as before facets were counted apart: what the parts are measured on.
                var query = q.Request.Period.Any is [var year]
                    ? new FilteredQuery(
                        ranked.Query,
                        new QueryWrapperFilter(new TermQuery(new Term(IndexSchema.Year, year))))
                    : ranked.Query;
                var tiers = ranked.Tiers;
                var sort = q.Request.Sort == SearchSort.DateDesc
                    ? new Sort(
                        new SortField(IndexSchema.SortDate, SortFieldType.INT64, true),
                        new SortField(IndexSchema.Id, SortFieldType.STRING))
                    : null;
                return P50(iterations, () => run(searcher, query, sort, tiers));
            });

        var bodies = Bodies(reader, archive, 2000);
        var analyzer = IndexSchema.CreateAnalyzer();
        using var shingles = Analyzer.NewAnonymous((_, r) =>
        {
            var tokenizer = new StandardTokenizer(IndexSchema.Version, r);
            var folded = new ArchiveFolding(new LowerCaseFilter(IndexSchema.Version, tokenizer));
            var pairs = new ShingleFilter(folded, 2, 2);
            pairs.SetOutputUnigrams(false);
            return new TokenStreamComponents(tokenizer, pairs);
        });
        using var icu = Analyzer.NewAnonymous((_, r) =>
        {
            var tokenizer = new StandardTokenizer(IndexSchema.Version, r);
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        });

        // Two rounds, the first discarded: whatever is measured first in a process runs before the JIT has
        // optimised the code it shares with the rest, and came out 2-3 times slower than the same code later.
        for (var round = 0; round < 2; round++)
        {
            rows.Clear();
            var stock = Sum(Queries, (s, q, sort, t) => StockSearch.Run(s, q, None, sort, 0, 20, Limit, t));
            var whole = Sum(Queries, (s, q, sort, t) => ParallelSearch.Run(s, q, None, sort, 0, 20, Limit, t));
            rows.Add((
                "all search parts together", "IndexSearcher, BM25Similarity, TopScoreDocCollector", whole, stock));
            rows.Add(("ParallelSearch (relevance)", "IndexSearcher over all segments on one thread", whole, stock));

            var sortedOurs = Sum(Sorted, (s, q, sort, t) => ParallelSearch.Run(s, q, None, sort, 0, 20, Limit, t));
            var sortedStock = Sum(Sorted, (s, q, sort, t) => StockSearch.Run(s, q, None, sort, 0, 20, Limit, t));
            rows.Add((
                "MatchingDocs (+ parallel), sorted by date", "TopFieldCollector with scores", sortedOurs, sortedStock));

            var facetsOurs = Sum(Queries, (_, q, _, _) => Collect(plain, q, new FacetCollector()));
            var facetsStock = Sum(Queries, (_, q, _, _) => Collect(plain, q, new DocValuesFacets()));
            rows.Add(("FacetCollector", "doc values read per match", facetsOurs, facetsStock));

            var residentBefore = Measure.ResidentMemoryMb();
            var mappedTime = Sum(
                Queries,
                (s, q, sort, t) => ParallelSearch.Run(s, q, None, sort, 0, 20, Limit, t),
                mappedSearcher);
            // The first searches through the mapped index bring its pages into this process's resident memory;
            // read through PositionalReadDirectory, the same pages stay in the system's file cache.
            if (round == 0)
                Console.WriteLine(
                    $"resident memory grew {Measure.F(Measure.ResidentMemoryMb() - residentBefore)} MB " +
                    "in the first searches through MMapDirectory\n");
            rows.Add(("PositionalReadDirectory (search time)", "MMapDirectory", whole, mappedTime));

            var (snippets, highlighter) = CompareSnippets(archive, builder, iterations);
            rows.Add(("Snippets (20 hits)", "Lucene.Net.Highlighter", snippets, highlighter));

            rows.Add((
                "SyllableRunFilter (analysis of 2,000 bodies)",
                "ShingleFilter",
                Analyse(bodies, analyzer, IndexSchema.BodyPairs),
                Analyse(bodies, shingles, "x")));
            rows.Add((
                "Folding (VietnameseText.Fold), 2,000 bodies",
                "ICUFoldingFilter",
                Analyse(bodies, analyzer, IndexSchema.BodyFolded),
                Analyse(bodies, icu, "x")));
        }

        Console.WriteLine("| part | replaces | custom ms | stock ms | gain |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var (part, replaces, custom, stockMs) in rows)
            Console.WriteLine(
                $"| {part} | {replaces} | {Measure.F(custom)} | {Measure.F(stockMs)} | " +
                $"{(stockMs - custom) / stockMs * 100:0}% |");

        Console.WriteLine("\nWhat ICU folding makes of Vietnamese (ours on the right):");
        foreach (var word in new[] { "Đà Nẵng", "hoà", "hòa", "Thuỷ", "nhũng", "NGHỊ" })
            Console.WriteLine(
                $"  {word} → {string.Join(' ', Terms(icu, "x", word))} | " +
                $"{string.Join(' ', Terms(analyzer, IndexSchema.BodyFolded, word))}");
    }

    private static object Collect(IndexSearcher searcher, Query query, ICollector facets)
    {
        var top = TopScoreDocCollector.Create(20, true);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        return top.GetTopDocs();
    }

    /// <summary>
    /// Each query's top 20 bodies marked by Snippets, then by Lucene's Highlighter over the folded body.
    /// </summary>
    private static (double Snippets, double Highlighter) CompareSnippets(
        IndexSearcher searcher,
        QueryBuilder builder,
        int iterations)
    {
        var analyzer = IndexSchema.CreateAnalyzer();
        double ours = 0, theirs = 0;
        foreach (var (_, request) in Queries)
        {
            var parsed = builder.Build(request.Query, exact: false);
            var bodies = searcher.Search(parsed.Query, 20).ScoreDocs
                .Select(hit => IndexSchema.BodyText(
                    System.Text.Json.JsonSerializer.Deserialize<Archive.Model.ArchiveDocument>(
                        searcher.Doc(hit.Doc).Get(IndexSchema.Json), JsonFile.Options)!))
                .ToList();
            var folded = new BooleanQuery();
            foreach (var word in parsed.Highlight.SelectMany(h => h.Split(' ')).Distinct())
                folded.Add(new TermQuery(new Term(IndexSchema.BodyFolded, word)), Occur.SHOULD);
            var highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(),
                new QueryScorer(folded, IndexSchema.BodyFolded));
            var typed = Snippets.Typed(request.Query, exact: false);
            ours += P50(iterations, () => bodies.Select(b => Snippets.Build(b, parsed.Highlight, typed)).ToList());
            theirs += P50(iterations, () => bodies
                .Select(b => highlighter.GetBestFragments(analyzer, IndexSchema.BodyFolded, b, 2))
                .ToList());
        }
        return (ours, theirs);
    }

    private static List<string> Bodies(IndexReader reader, IndexSearcher searcher, int count) =>
        Enumerable.Range(0, Math.Min(count, reader.MaxDoc))
            .Select(doc => IndexSchema.BodyText(
                System.Text.Json.JsonSerializer.Deserialize<Archive.Model.ArchiveDocument>(
                    searcher.Doc(doc).Get(IndexSchema.Json), JsonFile.Options)!))
            .ToList();

    /// <summary>Median of five passes analysing every body, in ms.</summary>
    private static double Analyse(List<string> bodies, Analyzer analyzer, string field) =>
        Measure.Median(Enumerable.Range(0, 5).Select(_ => Measure.TimeMs(() =>
        {
            foreach (var body in bodies)
            {
                using var stream = analyzer.GetTokenStream(field, body);
                stream.Reset();
                while (stream.IncrementToken()) { }
                stream.End();
            }
        })));

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static double P50(int iterations, Func<object> run)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < 10 || warming.ElapsedMilliseconds < 300; i++) run();
        var samples = Enumerable.Range(0, iterations).Select(_ => Measure.TimeMs(() => run())).ToList();
        return Measure.Median(samples);
    }

    /// <summary>
    /// Folds each term with the archive's own folding, so ShingleFilter gets the terms SyllableRunFilter gets.
    /// </summary>
    private sealed class ArchiveFolding(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var folded = VietnameseText.Fold(term.ToString());
            term.SetEmpty().Append(folded);
            return true;
        }
    }

    /// <summary>The plain way to count facets: each match's doc values looked up as it comes.</summary>
    private sealed class DocValuesFacets : ICollector
    {
        private readonly Dictionary<long, int> years = [];
        private readonly Dictionary<string, int> organisations = [];
        private readonly Dictionary<string, int> types = [];
        private NumericDocValues? dates;
        private IBits? hasDate;
        private SortedDocValues? organisation;
        private SortedSetDocValues? type;
        private readonly BytesRef scratch = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            (dates, hasDate) = (
                reader.GetNumericDocValues(IndexSchema.SortDate),
                reader.GetDocsWithField(IndexSchema.SortDate));
            organisation = reader.GetSortedDocValues(IndexSchema.OrganisationExact);
            type = reader.GetSortedSetDocValues(IndexSchema.DirectiveType);
        }

        public void Collect(int doc)
        {
            var year = dates is not null && hasDate!.Get(doc) ? dates.Get(doc) / 10000 : 0;
            years[year] = years.GetValueOrDefault(year) + 1;
            if (organisation is not null && organisation.GetOrd(doc) >= 0)
            {
                organisation.Get(doc, scratch);
                var name = scratch.Utf8ToString();
                organisations[name] = organisations.GetValueOrDefault(name) + 1;
            }
            if (type is null) return;
            type.SetDocument(doc);
            for (var ord = type.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = type.NextOrd())
            {
                type.LookupOrd(ord, scratch);
                var name = scratch.Utf8ToString();
                types[name] = types.GetValueOrDefault(name) + 1;
            }
        }
    }
}
