using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Import;

namespace Archive.Tests.Web;

/// <summary>The site follows the index: a newly published generation, a damaged one, a missing one.</summary>
[Trait("Speed", "Slow")]
public sealed class LiveIndexTests : IDisposable
{
    private readonly TempFolder sources = new();
    private string IndexFolder => sources.File("index");

    public LiveIndexTests()
    {
        foreach (var seed in Repository.SeedFiles.Take(3))
            File.Copy(seed, sources.File(Path.GetFileName(seed)));
    }

    public void Dispose() => sources.Dispose();

    [Fact]
    public async Task ServesANewlyPublishedIndexWithoutARestart()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        var client = site.CreateClient();
        Assert.Equal(3, (await Total(client)));

        File.WriteAllText(
            sources.File("new.txt"),
            "Tin mới\n\nNgày 2/1/2024, Tỉnh ủy họp bàn công tác nội chính.\n",
            new UTF8Encoding(false));
        IndexPublisher.Import(sources.Path, IndexFolder);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await Total(client) != 4 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(4, await Total(client));
    }

    [Fact]
    public async Task RebuildsADamagedIndexAtStart()
    {
        IndexPublisher.Import(sources.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        foreach (var segments in Directory.EnumerateFiles(live, "segments_*"))
            File.WriteAllBytes(segments, Encoding.ASCII.GetBytes("not an index"));

        using var site = new QuickRefresh(sources.Path, IndexFolder);
        var client = site.CreateClient();

        Assert.Equal(3, await Total(client));
        var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal(3, ready.GetProperty("documents").GetInt32());
        Assert.NotEqual(live, Generations.Live(IndexFolder));
    }

    [Fact]
    public async Task HealthIsCheapAndReadinessTellsTheSize()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        var client = site.CreateClient();

        var health = await client.GetAsync("/healthz");
        var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(3, ready.GetProperty("documents").GetInt32());
    }

    private static async Task<int> Total(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("total").GetInt32();
}
