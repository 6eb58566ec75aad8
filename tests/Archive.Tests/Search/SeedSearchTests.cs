using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>An index of the five seeds, built once for the class.</summary>
public sealed class SeedIndex : IDisposable
{
    private readonly TempFolder work = new();

    public SeedIndex()
    {
        IndexPublisher.Import(Repository.SeedsFolder, work.File("index"));
        Index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
    }

    public ArchiveIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        work.Dispose();
    }
}

/// <summary>Searches over the seed documents as they are.</summary>
public sealed class SeedSearchTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private string SeedId(string prefix) =>
        seeds.Index.List(1, 100).Items.Single(d => d.SourceFile.StartsWith(prefix, StringComparison.Ordinal)).Id;

    [Theory]
    [InlineData("32-KL/TW")]
    [InlineData("32/KL-TW")]
    [InlineData("32 KL TW")]
    [InlineData("KL 32")]
    [InlineData("Kết luận 32")]
    [InlineData("ket luan so 32")]
    [InlineData("kết luận số 32 an ninh")]
    public void FindsTheSeedCitingAConclusionFirst(string query)
    {
        var result = seeds.Index.Search(new SearchRequest { Query = query });

        Assert.Equal(SeedId("003_"), result.Hits[0].Id);
    }

    [Theory]
    [InlineData("48-CT/TW")]
    [InlineData("Chỉ thị 48")]
    [InlineData("26-KH/TU")]
    [InlineData("05-KL/TW")]
    [InlineData("Kết luận 5")]
    public void FindsTheSeedCitingOtherDirectives(string query)
    {
        var result = seeds.Index.Search(new SearchRequest { Query = query });

        Assert.Equal(SeedId("004_"), result.Hits[0].Id);
    }

    [Fact]
    public void FindsTermCodeWrittenEitherWay()
    {
        var newStyle = seeds.Index.Search(new SearchRequest { Query = "\"khóa X\"", Exact = true });
        var oldStyle = seeds.Index.Search(new SearchRequest { Query = "\"khoá X\"", Exact = true });

        Assert.Equal(SeedId("004_"), Assert.Single(newStyle.Hits).Id);
        Assert.Equal(newStyle.Hits.Select(h => h.Id), oldStyle.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FindsTheSameSeedsWithoutDiacritics()
    {
        var written = seeds.Index.Search(new SearchRequest { Query = "phòng, chống tham nhũng", Size = 100 });
        var folded = seeds.Index.Search(new SearchRequest { Query = "phong chong tham nhung", Size = 100 });

        Assert.NotEmpty(written.Hits);
        Assert.Equal(written.Hits.Select(h => h.Id).Order(), folded.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void FindsSeedsRelatedToOne()
    {
        var related = seeds.Index.Related(seeds.Index.Find(SeedId("000_"))!, count: 10);

        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, d => d.Id == SeedId("000_"));
        Assert.Equal(related.Count, related.Select(d => d.Id).Distinct().Count());
    }
}
