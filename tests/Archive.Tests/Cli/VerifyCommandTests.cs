using Archive.Cli;

namespace Archive.Tests.Cli;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempFolder work = new();
    private string Sources => Path.Combine(work.Path, "sources");
    private string Index => Path.Combine(work.Path, "index");

    public VerifyCommandTests()
    {
        Directory.CreateDirectory(Sources);
        foreach (var seed in Repository.SeedFiles) File.Copy(seed, Path.Combine(Sources, Path.GetFileName(seed)));
        ArchiveCli.Run(["import", "--source", Sources, "--index", Index]);
    }

    public void Dispose() => work.Dispose();

    [Fact]
    public void PassesWhenEverySourceFileMatches()
    {
        Assert.Equal(0, ArchiveCli.Run(["verify", "--index", Index]));
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("missing")]
    [InlineData("new")]
    public void FailsOnAnyDifference(string difference)
    {
        var first = Directory.EnumerateFiles(Sources).Order().First();
        switch (difference)
        {
            case "changed":
                // Same size and time: only the hash can tell.
                var bytes = File.ReadAllBytes(first);
                var time = File.GetLastWriteTimeUtc(first);
                bytes[^1] ^= 1;
                File.WriteAllBytes(first, bytes);
                File.SetLastWriteTimeUtc(first, time);
                break;
            case "missing":
                File.Delete(first);
                break;
            default:
                File.WriteAllText(Path.Combine(Sources, "zz-new.txt"), "Tin mới\n\nNgày 1/1/2024, Tỉnh ủy họp.\n");
                break;
        }

        Assert.Equal(1, ArchiveCli.Run(["verify", "--index", Index]));
    }

    [Fact]
    public void FailsOnADamagedIndexFileAndTheNextImportRepairsIt()
    {
        var live = Archive.Import.Generations.Live(Index)!;
        var catalog = Path.Combine(live, "catalog.json");
        var bytes = File.ReadAllBytes(catalog);
        bytes[10] ^= 1;
        File.WriteAllBytes(catalog, bytes);

        Assert.Equal(1, ArchiveCli.Run(["verify", "--index", Index]));
        Assert.Equal(0, ArchiveCli.Run(["import", "--source", Sources, "--index", Index]));
        Assert.Equal(0, ArchiveCli.Run(["verify", "--index", Index]));
    }
}
