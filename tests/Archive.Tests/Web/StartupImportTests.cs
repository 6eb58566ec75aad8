using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Import;

namespace Archive.Tests.Web;

/// <summary>The site imports its source folder when the index is missing or stale, and only then.</summary>
[Trait("Speed", "Slow")]
public sealed class StartupImportTests : IDisposable
{
    private readonly TempFolder sources = new();

    public StartupImportTests()
    {
        foreach (var seed in Repository.SeedFiles.Take(2))
            File.Copy(seed, sources.File(Path.GetFileName(seed)));
    }

    [Fact]
    public async Task ReusesAnUpToDateIndexAndReimportsAChangedFolder()
    {
        var index = sources.File("index");
        using (var first = new ArchiveWebFactory(sources.Path, index))
            await first.CreateClient().GetAsync("/healthz");
        var firstImport = ImportManifest.Load(index)!.ImportedAt;

        using (var again = new ArchiveWebFactory(sources.Path, index))
            await again.CreateClient().GetAsync("/healthz");
        var secondImport = ImportManifest.Load(index)!.ImportedAt;

        File.WriteAllText(
            sources.File("new.txt"),
            "Tin mới\n\nNgày 2/1/2024, Tỉnh ủy họp bàn công tác nội chính.\n",
            new UTF8Encoding(false));
        using var changed = new ArchiveWebFactory(sources.Path, index);
        var list = await changed.CreateClient().GetFromJsonAsync<JsonElement>("/api/documents");

        Assert.Equal(firstImport, secondImport);
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.NotEqual(firstImport, ImportManifest.Load(index)!.ImportedAt);
    }

    [Fact]
    public async Task SkipsABrokenFileAndServesTheRest()
    {
        File.WriteAllText(sources.File("empty.txt"), "   \n\t\n");
        using var factory = new ArchiveWebFactory(sources.Path);

        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/documents");

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Contains(ImportManifest.Load(factory.IndexDirectory)!.Skipped, s => s.File == "empty.txt");
    }

    [Fact]
    public async Task KeepsServingWhileAnotherImportHoldsTheIndexAndImportsAfter()
    {
        var index = sources.File("index");
        IndexPublisher.Import(sources.Path, index);
        File.WriteAllText(
            sources.File("new.txt"),
            "Tin mới\n\nNgày 2/1/2024, Tỉnh ủy họp bàn công tác nội chính.\n",
            new UTF8Encoding(false));
        var cliImport = ImportLock.Take(index);

        using var factory = new ArchiveWebFactory(sources.Path, index);
        var client = factory.CreateClient();
        var whileHeld = await client.GetFromJsonAsync<JsonElement>("/readyz");
        cliImport.Dispose();
        var total = 0;
        for (var tries = 0; tries < 100 && total != 3; tries++)
        {
            await Task.Delay(100);
            total = (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("total").GetInt32();
        }

        Assert.Equal(2, whileHeld.GetProperty("documents").GetInt32());
        Assert.Contains("another import is running", whileHeld.GetProperty("status").GetString());
        Assert.Equal(3, total);
    }

    public void Dispose() => sources.Dispose();
}
