using System.Text;
using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// Short texts where one spelling is the archive's usual one ("tham nhũng" in three texts of four)
/// and two spellings are as common as each other ("hòa giải" and "hóa giải", two texts each).
/// </summary>
public sealed class SpellingCorpus : IDisposable
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["usual-1.txt"] = """
            Sơ kết công tác nội chính quý I

            12/03/2021

            Ngày 11/3/2021, Ban Nội chính Tỉnh ủy sơ kết công tác phòng, chống tham nhũng và đề ra nhiệm vụ mới.

            Tổ hòa giải ở cơ sở được củng cố.
            """,
        ["usual-2.txt"] = """
            Giao ban khối nội chính tháng 4

            20/04/2021

            Hội nghị giao ban nhận định việc phát hiện tham nhũng còn chậm ở một số địa phương.

            Các vụ việc được hòa giải ngay từ cơ sở.
            """,
        ["usual-3.txt"] = """
            Kiểm tra việc kê khai tài sản

            15/06/2021

            Đoàn kiểm tra của Tỉnh ủy làm việc về kê khai tài sản, thu nhập để phòng ngừa tham nhũng.

            Mâu thuẫn trong nội bộ được hóa giải kịp thời.
            """,
        ["plain.txt"] = """
            Tin ngắn từ cơ sở

            01/07/2021

            Ban chỉ đạo huyện nghe báo cáo ve phong chong tham nhung tại xã, bản tin viết không dấu.

            Nhiều bất đồng đã được hóa giải.
            """,
    };

    private readonly TempFolder work = new();

    public SpellingCorpus()
    {
        foreach (var (name, text) in Texts)
            File.WriteAllText(Source.File(name), text, new UTF8Encoding(false));
        IndexPublisher.Import(Source.Path, work.File("index"));
        Index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
    }

    internal TempFolder Source { get; } = new();

    public ArchiveIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        work.Dispose();
        Source.Dispose();
    }
}

/// <summary>
/// The written form a query without diacritics is offered, and the nearest words when nothing is found.
/// </summary>
public sealed class SpellingSuggestionsTests(SpellingCorpus corpus) : IClassFixture<SpellingCorpus>
{
    private SearchResult Search(string query) => corpus.Index.Search(new SearchRequest { Query = query });

    [Fact]
    public void OffersTheFormMostDocumentsWrite()
    {
        var result = Search("tham nhung");

        Assert.Equal(4, result.Total);
        Assert.Equal("tham nhũng", result.DidYouMean);
    }

    [Fact]
    public void KeepsTheQuotesOfAPhrase()
    {
        Assert.Equal("\"tham nhũng\"", Search("\"tham nhung\"").DidYouMean);
    }

    [Fact]
    public void OffersNothingWhenTwoFormsAreAsCommon()
    {
        var result = Search("hoa giai");

        Assert.Equal(4, result.Total);
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void OffersNothingForAQueryTypedWithDiacritics()
    {
        Assert.Null(Search("tham nhũng").DidYouMean);
        Assert.Null(Search("hòa giải").DidYouMean);
    }

    [Fact]
    public void OffersNothingForTheQueryLanguage()
    {
        Assert.Null(Search("tham nhung -vat").DidYouMean);
        Assert.Null(Search("title:tham").DidYouMean);
    }

    [Fact]
    public void OffersTheNearestWordWhenAMisspeltWordFindsNothing()
    {
        var result = Search("tham nhũnh");

        Assert.Equal(0, result.Total);
        Assert.Equal("tham nhũng", result.Suggestions[0]);
    }

    [Fact]
    public void OffersTheUsualWrittenFormOfTheNearestWordTypedWithoutDiacritics()
    {
        var result = Search("tham nhunh");

        Assert.Equal(0, result.Total);
        Assert.Equal("tham nhũng", result.Suggestions[0]);
    }

    [Fact]
    public void OffersNoNearestWordsBesideResults()
    {
        Assert.Empty(Search("tham nhũng").Suggestions);
    }
}
