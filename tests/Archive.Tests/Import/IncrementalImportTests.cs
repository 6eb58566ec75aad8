using Archive.Extraction;
using Archive.Import;
using Archive.Index;

namespace Archive.Tests.Import;

/// <summary>Re-imports parse only what changed, and publish atomically: the live index is never half-written.</summary>
public sealed class IncrementalImportTests : IDisposable
{
    private readonly TempFolder source = new();
    private readonly TempFolder work = new();
    private string IndexFolder => work.File("index");

    public IncrementalImportTests()
    {
        foreach (var seed in Repository.SeedFiles)
            File.Copy(seed, source.File(Path.GetFileName(seed)));
    }

    public void Dispose()
    {
        work.Dispose();
        source.Dispose();
    }

    [Fact]
    public void AnUnchangedFolderIsNotImportedAgain()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var generation = Generations.Live(IndexFolder);

        var again = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.True(again.NothingChanged);
        Assert.Equal(5, again.Unchanged);
        Assert.Equal(0, again.Imported);
        Assert.Equal(generation, Generations.Live(IndexFolder));
    }

    [Fact]
    public void ParsesOnlyTheChangedFileAndKeepsTheRest()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        List<string> before;
        using (var index = ArchiveIndex.Open(IndexFolder))
            before = index.List(1, 100).Items.Select(d => d.Id).Order().ToList();
        var changed = Repository.SeedFiles.First();
        File.AppendAllText(source.File(Path.GetFileName(changed)), "\nMột đoạn mới được thêm vào bài viết.\n");

        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        using var reopened = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(1, summary.Imported);
        Assert.Equal(4, summary.Unchanged);
        Assert.Equal(5, reopened.Count);
        Assert.Equal(before, reopened.List(1, 100).Items.Select(d => d.Id).Order().ToList());
        Assert.Contains(
            reopened.List(1, 100).Items,
            d => d.Paragraphs.Contains("Một đoạn mới được thêm vào bài viết."));
        Assert.Equal(5, reopened.Catalog.Documents.Count);
        Assert.Single(reopened.Search(new Archive.Search.SearchRequest { Query = "\"đoạn mới được thêm\"" }).Hits);
    }

    [Fact]
    public void AReimportLeavesEveryFileOfTheLiveGenerationAsItWas()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        var before = Directory.GetFiles(live).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);
        File.AppendAllText(source.File(Path.GetFileName(Repository.SeedFiles.First())), "\nMột đoạn mới.\n");
        File.Delete(source.File(Path.GetFileName(Repository.SeedFiles.Last())));

        IndexPublisher.Import(source.Path, IndexFolder);

        Assert.NotEqual(live, Generations.Live(IndexFolder));
        // Unchanged segments are shared with the new generation by hard links: nothing may write through them.
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(live, file.Key))));
    }

    [Fact]
    public void ARemovedFileLeavesTheIndex()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var removed = Path.GetFileName(Repository.SeedFiles.Last());
        File.Delete(source.File(removed));

        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(1, summary.Removed);
        Assert.Equal(4, index.Count);
        Assert.DoesNotContain(index.Catalog.Documents, d => d.SourceFile == removed);
        Assert.DoesNotContain(ImportManifest.Load(index.Generation)!.Files, f => f.Name == removed);
        Assert.DoesNotContain(index.Directives.Entries.SelectMany(e => e.Documents), id => index.Find(id) is null);
    }

    [Fact]
    public void AnInterruptedImportLeavesTheLiveIndexAsItWas()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder);
        // What a killed import leaves: a generation folder with part of an index, never made live.
        var abandoned = Generations.NewGeneration(IndexFolder);
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half written");

        using (var index = ArchiveIndex.Open(IndexFolder)) Assert.Equal(5, index.Count);
        File.Delete(source.File(Path.GetFileName(Repository.SeedFiles.First())));
        var next = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.Equal(live, Path.Combine(IndexFolder, Path.GetFileName(live!)));
        Assert.NotEqual(live, Generations.Live(IndexFolder));
        Assert.Equal(4, next.Documents);
        using var after = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(4, after.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADocumentKeepsItsIdWhenItsTitleChangesInAnyImport(bool full)
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var file = source.File(Path.GetFileName(Repository.SeedFiles.First()));
        string before;
        using (var index = ArchiveIndex.Open(IndexFolder))
            before = index.Catalog.Documents.Single(d => d.SourceFile == Path.GetFileName(file)).Id;
        // The outlet corrects its headline: the file changes, its URL in the archive must not.
        var lines = File.ReadAllLines(file);
        lines[0] = "Tiêu đề đã được sửa lại hoàn toàn";
        File.WriteAllLines(file, lines);

        IndexPublisher.Import(source.Path, IndexFolder, full: full);

        using var reopened = ArchiveIndex.Open(IndexFolder);
        var document = reopened.Find(before);
        Assert.NotNull(document);
        Assert.Equal("Tiêu đề đã được sửa lại hoàn toàn", document.Title);
        Assert.Equal(5, reopened.Catalog.Documents.Select(d => d.Id).Distinct().Count());
        // Kept, not made again from the new title.
        Assert.NotEqual(DocumentParser.Slug(document.Title, document.SourceFile), before);
    }

    [Fact]
    public void AFullImportParsesEverythingAgain()
    {
        IndexPublisher.Import(source.Path, IndexFolder);

        var summary = IndexPublisher.Import(source.Path, IndexFolder, full: true);

        Assert.Equal(5, summary.Imported);
        Assert.Equal(0, summary.Unchanged);
    }
}
