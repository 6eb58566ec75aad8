using System.Text;
using Archive.Extraction;
using Archive.Index.Schema;
using Archive.Model;
using Archive.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Tests.Search;

/// <summary>
/// A search over an index of many segments, each searched on its own core and then merged, must give
/// what one pass over the whole index gives: the same hits in the same order, the same count, and
/// facets that count every match.
/// </summary>
public sealed class SegmentSearchTests : IDisposable
{
    private static readonly string[] Organisations = ["Ban Nội chính Tỉnh ủy", "Thành ủy Hà Nội", "Công an tỉnh"];
    private static readonly string[] Topics =
        ["phòng, chống tham nhũng", "cải cách tư pháp", "bảo đảm an ninh trật tự", "phòng, chống ma túy"];
    private static readonly string[] Directives =
        ["Kết luận số 32-KL/TW", "Chỉ thị số 36-CT/TW", "Quy định số 105-QĐ/TW"];

    private readonly RAMDirectory directory = new();
    private readonly List<ArchiveDocument> documents = [];
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public SegmentSearchTests()
    {
        using (var writer = new IndexWriter(
            directory,
            new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer())))
        {
            for (var i = 0; i < 60; i++)
            {
                var date = new DateOnly(2015 + i % 7, 1 + i % 12, 1 + i % 27);
                var text = $"""
                    Hội nghị {Topics[i % Topics.Length]} lần {i}

                    {date:dd/MM/yyyy}

                    Ngày {date.Day}/{date.Month}/{date.Year}, {Organisations[i % Organisations.Length]} tổ chức hội nghị {Topics[(i / 2) % Topics.Length]}.

                    {(i % 5 == 0 ? "" : $"Hội nghị quán triệt {Directives[i % Directives.Length]} của Bộ Chính trị. ")}Các đại biểu thảo luận công tác {Topics[(i / 3) % Topics.Length]}.
                    """;
                var bytes = Encoding.UTF8.GetBytes(text);
                var document = DocumentParser.Parse($"{i:D3}.txt", bytes).Document!;
                documents.Add(document);
                writer.AddDocument(IndexSchema.ToLucene(document, bytes));
                // A commit every seven documents: nine segments, some with a deletion.
                if (i % 7 == 6) writer.Commit();
            }
            writer.DeleteDocuments(new Term(IndexSchema.Id, documents[10].Id));
            documents.RemoveAt(10);
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = BM25SearcherFactory.Similarity };
    }

    private Query Parse(string text) => new QueryBuilder(IndexSchema.CreateAnalyzer()).Build(text, exact: false).Query;

    [Theory]
    [InlineData("hội nghị")]
    [InlineData("tham nhung")]
    [InlineData("\"an ninh trật tự\"")]
    [InlineData("32-KL/TW")]
    [InlineData("tham nhung -ma")]
    [InlineData("tham nhũng OR ma túy hội")]
    [InlineData("nội* Kết luận 32")]
    [InlineData("title:\"hội nghị\" công tác")]
    [InlineData("-ma")]
    [InlineData("")]
    public void FindsTheSameHitsInTheSameOrderAsOnePass(string text)
    {
        // Each segment on its own core, then merged: the same hits, order, count and scores as one pass.
        var query = Parse(text);
        var whole = searcher.Search(query, 100);

        var (hits, total, _, _, _) =
            ParallelSearch.Run(searcher, query, FacetSelection.None, null, 0, 100, TimeSpan.FromSeconds(10));

        Assert.True(reader.Leaves.Count > 5);
        Assert.True(whole.TotalHits > 0);
        Assert.Equal(whole.TotalHits, total);
        Assert.Equal(whole.ScoreDocs.Select(h => h.Doc), hits.Select(h => h.Doc));
        Assert.Equal(
            whole.ScoreDocs.Select(h => h.Score),
            hits.Select(h => h.Score),
            (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Abs(a)));
    }

    [Fact]
    public void GivesUpPastTheTimeLimit()
    {
        Assert.Throws<SearchTimeoutException>(
            () => ParallelSearch.Run(
                searcher, Parse("hội nghị"), FacetSelection.None, null, 0, 10, TimeSpan.Zero));
    }

    [Fact]
    public void PagesThroughTheMergedOrder()
    {
        var query = Parse("hội nghị");
        var whole = searcher.Search(query, 100).ScoreDocs.Select(h => h.Doc).ToList();

        var (second, _, _, _, _) =
            ParallelSearch.Run(searcher, query, FacetSelection.None, null, 10, 10, TimeSpan.FromSeconds(10));

        Assert.Equal(whole.Skip(10).Take(10), second.Select(h => h.Doc));
    }

    [Theory]
    [InlineData("hội nghị")]
    [InlineData("tham nhung -ma")]
    [InlineData("tham nhũng OR ma túy")]
    [InlineData("\"an ninh trật tự\" hội")]
    [InlineData("nội* 32-KL/TW")]
    [InlineData("-hội")]
    [InlineData("")]
    public void SortsByDateAcrossSegmentsMatchingWhatLuceneMatches(string text)
    {
        // Sorted searches match from postings alone, not with Lucene's scorers: the same documents, count and facets.
        var sort = new Sort(
            new SortField(IndexSchema.SortDate, SortFieldType.INT64, true),
            new SortField(IndexSchema.Id, SortFieldType.STRING));
        var query = Parse(text);
        var whole = searcher.Search(query, null, 100, sort);

        var (hits, total, _, facets, timeline) =
            ParallelSearch.Run(searcher, query, FacetSelection.None, sort, 0, 100, TimeSpan.FromSeconds(10));
        var (_, _, _, scoredFacets, scoredTimeline) =
            ParallelSearch.Run(searcher, query, FacetSelection.None, null, 0, 1, TimeSpan.FromSeconds(10));

        Assert.Equal(whole.TotalHits, total);
        Assert.Equal(whole.ScoreDocs.Select(h => h.Doc), hits.Select(h => h.Doc));
        Assert.Equal(scoredFacets.Year, facets.Year);
        Assert.Equal(scoredFacets.Organisation, facets.Organisation);
        Assert.Equal(scoredFacets.DirectiveType, facets.DirectiveType);
        Assert.Equal(scoredFacets.Month, facets.Month);
        Assert.Equal(scoredTimeline.Periods, timeline.Periods);
        // Each hit still shows the score it would have in a search by relevance.
        var scores = searcher.Search(query, 100).ScoreDocs.ToDictionary(h => h.Doc, h => h.Score);
        Assert.All(hits, hit => Assert.Equal(scores[hit.Doc], hit.Score, 4));
    }

    [Fact]
    public void SortsAFilteredSearchByDate()
    {
        var sort = new Sort(
            new SortField(IndexSchema.SortDate, SortFieldType.INT64, false),
            new SortField(IndexSchema.Id, SortFieldType.STRING));
        var year = new QueryWrapperFilter(new TermQuery(new Term(IndexSchema.Year, "2017")));
        var query = new FilteredQuery(Parse("hội nghị"), year);
        var whole = searcher.Search(query, null, 100, sort);

        var (hits, total, _, facets, _) =
            ParallelSearch.Run(searcher, query, FacetSelection.None, sort, 0, 100, TimeSpan.FromSeconds(10));

        Assert.InRange(total, 1, documents.Count - 1);
        Assert.Equal(whole.TotalHits, total);
        Assert.Equal(whole.ScoreDocs.Select(h => h.Doc), hits.Select(h => h.Doc));
        Assert.Equal([new FacetValue("2017", total)], facets.Year);
    }

    [Fact]
    public void CountsTheFacetsOfEveryMatch()
    {
        var (_, total, _, facets, _) = ParallelSearch.Run(
            searcher,
            Parse("hội nghị"),
            FacetSelection.None,
            null,
            0,
            5,
            TimeSpan.FromSeconds(10));

        Assert.Equal(documents.Count, total);
        var years = documents.GroupBy(d => d.SortDate!.Value.Year).ToDictionary(g => g.Key.ToString(), g => g.Count());
        Assert.Equal(years, facets.Year.ToDictionary(f => f.Value, f => f.Count));
        var organisations = documents.GroupBy(d => d.Organisation!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(organisations, facets.Organisation.ToDictionary(f => f.Value, f => f.Count));
        var types = documents.SelectMany(d => d.Directives.Select(r => r.Type).Distinct())
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(types, facets.DirectiveType.ToDictionary(f => f.Value, f => f.Count));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
