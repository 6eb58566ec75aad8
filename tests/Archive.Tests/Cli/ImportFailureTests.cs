using System.Diagnostics;
using Archive.Index;

namespace Archive.Tests.Cli;

/// <summary>
/// `archive import` that cannot finish says why in one message with its own exit code, and leaves the
/// live generation serving. Run as a real process: another process's lock, the real standard error.
/// </summary>
public sealed class ImportFailureTests : IDisposable
{
    private readonly TempFolder work = new();
    private string IndexFolder => work.File("index");

    public void Dispose() => work.Dispose();

    [Fact]
    public void AnImportWhileAnotherRunsExits3NamingIt()
    {
        using var running = ImportLock.Take(IndexFolder);

        var (exitCode, error) = RunCli("import", "--source", Repository.SeedsFolder, "--index", IndexFolder);

        Assert.Equal(3, exitCode);
        Assert.StartsWith($"Another import into {IndexFolder} is running (pid {Environment.ProcessId} since ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(Directory.EnumerateDirectories(IndexFolder));
    }

    [Fact]
    public void AFullDiskExits4WithOneMessageAndTheLiveGenerationServes()
    {
        // /dev/full answers every write with ENOSPC, as a full disk does (Linux, where CI runs).
        Assert.True(File.Exists("/dev/full"), "this test needs /dev/full");
        IndexPublisher.Import(Repository.SeedsFolder, IndexFolder);
        var live = IndexLocation.Live(IndexFolder)!;
        // The import's first write goes to the disk full: the note of who holds the lock.
        File.Delete(Path.Combine(IndexFolder, ImportLock.HolderFile));
        File.CreateSymbolicLink(Path.Combine(IndexFolder, ImportLock.HolderFile), "/dev/full");

        var (exitCode, error) = RunCli("import", "--full", "--source", Repository.SeedsFolder, "--index", IndexFolder);

        Assert.Equal(4, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"The disk holding {IndexFolder} is full (", error);
        Assert.Contains($"the archive still serves {Path.GetFileName(live)}", error);
        Assert.Equal(live, IndexLocation.Live(IndexFolder));
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public void FindsTheDiskFullInsideTheParallelImportsAggregate()
    {
        var parallel = new AggregateException(new InvalidOperationException("other"), new IOException("No space left on device", 28));

        var cause = ImportFailure.FileSystemCause(parallel);

        Assert.NotNull(cause);
        Assert.True(ImportFailure.IsDiskFull(cause));
        Assert.Contains("There is no index yet.", ImportFailure.Explain(cause, work.Path, IndexFolder));
    }

    private static (int ExitCode, string Error) RunCli(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the CLI did not finish in 60 s");
        return (process.ExitCode, error.Result);
    }
}
