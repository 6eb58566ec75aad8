using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>
/// A damaged generation (at start, or found when a read fails) is never served: the site moves to the
/// previous good generation at once, says so on /readyz, and rebuilds in the background. The tests hold
/// the import lock while they look, so that the rebuild waits and the fallback can be seen.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DamagedIndexTests : IDisposable
{
    private readonly TempFolder sources = new();
    private string IndexFolder => sources.File("index");
    private readonly string older;
    private readonly string newer;

    public DamagedIndexTests()
    {
        foreach (var seed in Repository.SeedFiles.Take(3))
            File.Copy(seed, sources.File(Path.GetFileName(seed)));
        IndexPublisher.Import(sources.Path, IndexFolder);
        older = Generations.Live(IndexFolder)!;
        File.Copy(Repository.SeedFiles.ElementAt(3), sources.File(Path.GetFileName(Repository.SeedFiles.ElementAt(3))));
        // Full: the second generation shares no file with the first (an incremental one links its segments).
        IndexPublisher.Import(sources.Path, IndexFolder, full: true);
        newer = Generations.Live(IndexFolder)!;
    }

    public void Dispose() => sources.Dispose();

    [Fact]
    public async Task ADamagedCatalogAtStartServesThePreviousGenerationAtOnceAndIsRebuilt()
    {
        var catalog = Path.Combine(newer, "catalog.json");
        File.WriteAllBytes(catalog, File.ReadAllBytes(catalog)[..50]);
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        HttpClient client;
        using (ImportLock.Take(IndexFolder))
        {
            client = site.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
            Assert.True(ready.GetProperty("ready").GetBoolean());
            Assert.Equal(Path.GetFileName(older), ready.GetProperty("generation").GetString());
            Assert.Equal(3, ready.GetProperty("documents").GetInt32());
            Assert.Equal($"{Path.GetFileName(newer)} is damaged: catalog.json is 50 bytes, the import wrote " +
                         $"{ImportManifest.Load(newer)!.Contents!.Single(f => f.Name == "catalog.json").Bytes:N0}; " +
                         $"serving the previous generation {Path.GetFileName(older)} until it is replaced",
                ready.GetProperty("problem").GetString());
        }

        var repaired = await WaitForRepair(client);
        Assert.Equal(4, repaired.GetProperty("documents").GetInt32());
        Assert.NotEqual(Path.GetFileName(newer), repaired.GetProperty("generation").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dates")).StatusCode);
    }

    [Fact]
    public async Task ASegmentTruncatedWhileServingMovesToThePreviousGenerationAndIsRebuilt()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        var client = site.CreateClient();
        var ids = (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("id").GetString()).ToList();
        var answers = new List<HttpStatusCode>();
        using (ImportLock.Take(IndexFolder))
        {
            // As another program would, past .NET's advisory lock on files the site has open.
            foreach (var segment in new DirectoryInfo(newer).GetFiles("_*"))
                using (var stream = new FileStream(
                           segment.FullName, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                    stream.SetLength(segment.Length / 3);

            foreach (var id in ids) answers.Add((await client.GetAsync($"/api/documents/{id}")).StatusCode);
            var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");

            // The first read that failed found the damage; every request since went to the older generation.
            Assert.Contains(HttpStatusCode.ServiceUnavailable, answers);
            Assert.DoesNotContain(HttpStatusCode.InternalServerError, answers);
            Assert.Equal(Path.GetFileName(older), ready.GetProperty("generation").GetString());
            Assert.StartsWith($"{Path.GetFileName(newer)} is damaged: ", ready.GetProperty("problem").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        var repaired = await WaitForRepair(client);
        Assert.Equal(4, repaired.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task GarbageInCurrentServesTheGoodGenerationAndPointsBackAtIt()
    {
        File.WriteAllText(Path.Combine(IndexFolder, Generations.PointerFile), "../../../etc/passwd");
        using var site = new QuickRefresh(sources.Path, IndexFolder);

        var client = site.CreateClient();

        var repaired = await WaitForRepair(client);
        Assert.Equal(Path.GetFileName(newer), repaired.GetProperty("generation").GetString());
        Assert.Equal(newer, Generations.Live(IndexFolder));
        Assert.True(Directory.Exists(newer));
    }

    [Fact]
    public async Task ACleanGenerationIsNotPassedOverWhenARequestFails()
    {
        using var site = new QuickRefresh(sources.Path, IndexFolder);
        var archive = site.Services.GetRequiredService<Archive.Web.Hosting.ArchiveHost>();
        site.CreateClient();

        Assert.False(archive.RecoverFromDamage());
        Assert.Equal(newer, archive.Generation);
        Assert.Null(archive.Problem);
    }

    private static async Task<JsonElement> WaitForRepair(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement ready;
        do
        {
            await Task.Delay(200);
            ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
        } while (ready.GetProperty("problem").ValueKind != JsonValueKind.Null && DateTime.UtcNow < deadline);
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("problem").ValueKind);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        return ready;
    }
}
