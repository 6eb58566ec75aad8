using System.Text;
using Archive.Import;
using Archive.Index;

namespace Archive.Tests.Import;

/// <summary>
/// Every file of a generation is checked against the checksum its import wrote; a damaged live generation
/// is passed over for the previous good one, and garbage in `current` never costs a good generation.
/// </summary>
public sealed class GenerationIntegrityTests : IDisposable
{
    private readonly TempFolder source = new();
    private readonly TempFolder work = new();
    private string IndexFolder => work.File("index");

    public GenerationIntegrityTests()
    {
        foreach (var seed in Repository.SeedFiles.Take(4))
            File.Copy(seed, source.File(Path.GetFileName(seed)));
    }

    public void Dispose()
    {
        work.Dispose();
        source.Dispose();
    }

    [Fact]
    public void AnImportListsEveryFileOfItsGenerationWithItsChecksum()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;

        var listed = ImportManifest.Load(IndexFolder)!.Contents!.Select(f => f.Name).ToList();

        var written = Directory.GetFiles(live)
            .Select(Path.GetFileName)
            .Where(n => n is not ImportManifest.FileName and not "write.lock");
        Assert.Equal(written.Order(StringComparer.Ordinal), listed);
        Assert.Contains("catalog.json", listed);
        Assert.Contains("directives.json", listed);
        Assert.Contains(listed, name => name!.StartsWith("segments_", StringComparison.Ordinal));
        Assert.Null(GenerationIntegrity.DamageIn(live));
    }

    public static TheoryData<string, string> Damages => new()
    {
        { "truncate the largest segment file", "is " },
        { "change one byte of catalog.json", "catalog.json does not match its checksum" },
        { "delete directives.json", "directives.json is missing" },
        { "cut the manifest short", "manifest.json cannot be read" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void FindsEachKindOfDamageAndNamesTheFile(string damage, string expected)
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;

        Damage(live, damage);

        var found = GenerationIntegrity.DamageIn(live);
        Assert.NotNull(found);
        Assert.Contains(expected, found);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void AnImportOverADamagedLiveGenerationStartsFromThePreviousGoodOne(string damage, string expected)
    {
        _ = expected;
        IndexPublisher.Import(source.Path, IndexFolder);
        var good = Generations.Live(IndexFolder)!;
        File.Copy(Repository.SeedFiles.Last(), source.File(Path.GetFileName(Repository.SeedFiles.Last())));
        // A full import shares no file with the generation before it.
        IndexPublisher.Import(source.Path, IndexFolder, full: true);
        var damaged = Generations.Live(IndexFolder)!;
        Damage(damaged, damage);

        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.StartsWith($"{Path.GetFileName(damaged)} is damaged: ", summary.Repaired);
        Assert.Equal(1, summary.Imported);
        Assert.Equal(4, summary.Unchanged);
        var repaired = Generations.Live(IndexFolder)!;
        Assert.NotEqual(damaged, repaired);
        Assert.Null(GenerationIntegrity.DamageIn(repaired));
        Assert.False(Directory.Exists(damaged));
        // The good generation it started from stays, as the next one to fall back to.
        Assert.True(Directory.Exists(good));
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(5, index.Count);
        Assert.Equal(5, index.Catalog.Documents.Count);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("gen-20990101-000000-000-deadbeef")]
    [InlineData("../../etc")]
    [InlineData("")]
    public void GarbageInCurrentNeverDeletesAGoodGeneration(string pointer)
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var good = Generations.Live(IndexFolder)!;
        File.WriteAllText(Path.Combine(IndexFolder, Generations.PointerFile), pointer);

        var choice = Generations.Choose(IndexFolder);
        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.Equal(good, choice.Generation);
        Assert.Equal("'current' names no generation of this folder", choice.Problem);
        Assert.Equal(choice.Problem, summary.Repaired);
        // Nothing changed in the sources: pointing `current` back at the good generation is the repair.
        Assert.Equal(good, Generations.Live(IndexFolder));
        Assert.Null(Generations.Choose(IndexFolder).Problem);
    }

    [Fact]
    public void AFullImportWithGarbageInCurrentKeepsTheGoodGeneration()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var good = Generations.Live(IndexFolder)!;
        File.WriteAllText(Path.Combine(IndexFolder, Generations.PointerFile), "garbage");

        IndexPublisher.Import(source.Path, IndexFolder, full: true);

        Assert.NotEqual(good, Generations.Live(IndexFolder));
        Assert.True(Directory.Exists(good));
    }

    [Fact]
    public void WithNoWholeGenerationLeftThereIsNothingToServe()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        Damage(live, "change one byte of catalog.json");

        var choice = Generations.Choose(IndexFolder);

        Assert.Null(choice.Generation);
        Assert.StartsWith($"{Path.GetFileName(live)} is damaged: catalog.json", choice.Problem);
    }

    /// <summary>
    /// What an import killed at each of its steps leaves behind: the live generation serves, and the next
    /// import succeeds and clears the leftovers. (A real `kill -9` at several moments: Cli/ImportFailureTests.)
    /// </summary>
    [Theory]
    [InlineData("an empty generation folder")]
    [InlineData("part of a segment")]
    [InlineData("segments and catalog, no manifest")]
    [InlineData("a manifest cut short")]
    [InlineData("a finished generation never published")]
    [InlineData("a temporary pointer")]
    public void AnImportKilledAtAnyStepLeavesTheLiveGenerationServing(string leftover)
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        var abandoned = Generations.NewGeneration(IndexFolder);
        switch (leftover)
        {
            case "part of a segment":
                File.WriteAllBytes(
                    Path.Combine(abandoned, "_0.cfs"),
                    File.ReadAllBytes(Directory.GetFiles(live, "*.cfs")[0])[..100]);
                break;
            case "segments and catalog, no manifest":
                foreach (var file in Directory.GetFiles(live)
                             .Where(f => Path.GetFileName(f) != ImportManifest.FileName))
                    File.Copy(file, Path.Combine(abandoned, Path.GetFileName(file)));
                break;
            case "a manifest cut short":
                foreach (var file in Directory.GetFiles(live))
                    File.Copy(file, Path.Combine(abandoned, Path.GetFileName(file)));
                var manifest = Path.Combine(abandoned, ImportManifest.FileName);
                File.WriteAllBytes(manifest, File.ReadAllBytes(manifest)[..200]);
                break;
            case "a finished generation never published":
                foreach (var file in Directory.GetFiles(live))
                    File.Copy(file, Path.Combine(abandoned, Path.GetFileName(file)));
                break;
            case "a temporary pointer":
                File.WriteAllText(
                    Path.Combine(IndexFolder, Generations.PointerFile + ".0123abcd"),
                    Path.GetFileName(abandoned));
                break;
        }

        Assert.Equal(new ServableGeneration(live, null), Generations.Choose(IndexFolder));
        using (var index = ArchiveIndex.Open(IndexFolder)) Assert.Equal(4, index.Count);
        File.AppendAllText(source.File(Path.GetFileName(Repository.SeedFiles.First())), "\nMột đoạn mới.\n");
        var next = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.Equal(1, next.Imported);
        var published = Generations.Live(IndexFolder)!;
        Assert.Null(GenerationIntegrity.DamageIn(published));
        // Left: the new generation and the one it replaced.
        Assert.Equal([live, published], Directory.GetDirectories(IndexFolder).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(
            Directory.GetFiles(IndexFolder),
            f => Path.GetFileName(f).StartsWith(Generations.PointerFile + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void ASourceFolderThatVanishesMidImportPublishesNothing()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        var moved = work.File("moved");

        var failure = Assert.ThrowsAny<IOException>(() => IndexPublisher.Import(source.Path, IndexFolder, full: true,
            progress: (_, done, _) => { if (done == 1) Directory.Move(source.Path, moved); }));

        Assert.Contains("disappeared during the import", failure.Message);
        Assert.Equal(live, Generations.Live(IndexFolder));
        Assert.Equal([live], Directory.GetDirectories(IndexFolder));
        Assert.Contains($"the archive still serves {Path.GetFileName(live)}",
            ImportFailure.Explain(ImportFailure.FileSystemCause(failure)!, source.Path, IndexFolder));
        Directory.Move(moved, source.Path);
    }

    private static void Damage(string generation, string how)
    {
        switch (how)
        {
            case "truncate the largest segment file":
                var largest = new DirectoryInfo(generation).GetFiles("_*").MaxBy(f => f.Length)!;
                using (var stream = largest.Open(FileMode.Open)) stream.SetLength(largest.Length / 2);
                break;
            case "change one byte of catalog.json":
                var catalog = Path.Combine(generation, "catalog.json");
                var bytes = File.ReadAllBytes(catalog);
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(catalog, bytes);
                break;
            case "delete directives.json":
                File.Delete(Path.Combine(generation, "directives.json"));
                break;
            case "cut the manifest short":
                var manifest = Path.Combine(generation, ImportManifest.FileName);
                File.WriteAllText(manifest, File.ReadAllText(manifest, Encoding.UTF8)[..100], Encoding.UTF8);
                break;
            default:
                throw new ArgumentException(how);
        }
    }
}
