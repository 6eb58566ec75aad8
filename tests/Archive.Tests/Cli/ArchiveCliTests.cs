using Archive.Cli;
using Archive.Index;

namespace Archive.Tests.Cli;

public sealed class ArchiveCliTests : IDisposable
{
    private readonly TempFolder work = new();

    [Fact]
    public void ImportsAFolderAndShowsWhatItImported()
    {
        var index = work.File("index");

        var imported = ArchiveCli.Run(["import", "--source", Repository.SeedsFolder, "--index", index]);
        using var archive = ArchiveIndex.Open(index);
        var id = archive.List(1, 1).Items[0].Id;

        Assert.Equal(0, imported);
        Assert.Equal(5, archive.Count);
        Assert.Equal(0, ArchiveCli.Run(["list", "--index", index]));
        Assert.Equal(0, ArchiveCli.Run(["show", id, "--index", index]));
        Assert.Equal(1, ArchiveCli.Run(["show", "no-such-id", "--index", index]));
    }

    [Fact]
    public void FailsWhenNothingCouldBeImported()
    {
        var source = Directory.CreateDirectory(work.File("empty-sources")).FullName;
        File.WriteAllText(Path.Combine(source, "blank.txt"), " \n ");

        var exitCode = ArchiveCli.Run(["import", "--source", source, "--index", work.File("index")]);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void ReportsAMissingSourceFolder()
    {
        var exitCode = ArchiveCli.Run(["import", "--source", work.File("missing"), "--index", work.File("index")]);

        Assert.Equal(2, exitCode);
        Assert.False(Directory.Exists(work.File("index")));
    }

    [Fact]
    public void ListWithoutAnIndexExplainsWhatToDo()
    {
        var exitCode = ArchiveCli.Run(["list", "--index", work.File("no-index")]);

        Assert.Equal(2, exitCode);
    }

    public void Dispose() => work.Dispose();
}
