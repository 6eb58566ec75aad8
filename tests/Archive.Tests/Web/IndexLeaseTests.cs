using System.Text;
using Archive.Import;
using Archive.Search;
using Archive.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>A request reads one generation from start to end, and a generation closes with its last reader.</summary>
public sealed class IndexLeaseTests : IDisposable
{
    private readonly TempFolder sources = new();
    private string IndexFolder => sources.File("index");

    public IndexLeaseTests()
    {
        foreach (var seed in Repository.SeedFiles.Take(2))
            File.Copy(seed, sources.File(Path.GetFileName(seed)));
    }

    public void Dispose() => sources.Dispose();

    [Fact]
    public async Task ALeaseKeepsItsGenerationAcrossAPublishAndClosesItWhenGivenBack()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        site.CreateClient();
        var archive = site.Services.GetRequiredService<ArchiveHost>();
        var held = archive.Lease();
        var old = held.Index;

        File.WriteAllText(
            sources.File("new.txt"),
            "Tin mới về lease\n\nNgày 2/1/2024, Tỉnh ủy họp bàn công tác nội chính.\n",
            new UTF8Encoding(false));
        IndexPublisher.Import(sources.Path, IndexFolder);
        await WaitUntil(() => archive.Generation != old.Generation);

        using (var fresh = archive.Lease())
        {
            Assert.Equal(3, fresh.Index.Count);
            Assert.Single(fresh.Index.Search(new SearchRequest { Query = "\"tin mới về lease\"" }).Hits);
        }
        // The held lease still answers from the generation it was taken on, which stays open for it.
        Assert.Equal(2, held.Index.Count);
        Assert.Empty(held.Index.Search(new SearchRequest { Query = "\"tin mới về lease\"" }).Hits);

        held.Dispose();
        Assert.ThrowsAny<ObjectDisposedException>(() => old.Count);
        Assert.Throws<ObjectDisposedException>(() => held.Index);
    }

    [Fact]
    public async Task EachRequestTakesOneLeaseForItsWholeLength()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        site.CreateClient();
        var archive = site.Services.GetRequiredService<ArchiveHost>();
        using var scope = site.Services.CreateScope();

        var first = scope.ServiceProvider.GetRequiredService<IndexLease>();
        var generation = first.Index.Generation;
        File.WriteAllText(
            sources.File("new.txt"),
            "Tin mới\n\nNgày 2/1/2024, Tỉnh ủy họp bàn công tác nội chính.\n",
            new UTF8Encoding(false));
        IndexPublisher.Import(sources.Path, IndexFolder);
        await WaitUntil(() => archive.Generation != generation);

        // Asked again within the same request: the same lease on the same generation.
        Assert.Same(first, scope.ServiceProvider.GetRequiredService<IndexLease>());
        Assert.Equal(generation, scope.ServiceProvider.GetRequiredService<IndexLease>().Index.Generation);
        var old = first.Index;
        scope.Dispose();
        Assert.ThrowsAny<ObjectDisposedException>(() => old.Count);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(condition(), "the site did not switch to the new generation within 20 s");
    }
}
