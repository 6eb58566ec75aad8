using System.Diagnostics;
using Archive.Import;
using Archive.Index;

namespace Archive.Tests.Cli;

/// <summary>
/// `archive import` that cannot finish says why in one message with its own exit code, and leaves the
/// live generation serving. Run as a real process: another process's lock, the real standard error.
/// </summary>
[Trait("Speed", "Slow")]
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
        var live = Generations.Live(IndexFolder)!;
        // The import's first write goes to the disk full: the note of who holds the lock.
        File.Delete(Path.Combine(IndexFolder, ImportLock.HolderFile));
        File.CreateSymbolicLink(Path.Combine(IndexFolder, ImportLock.HolderFile), "/dev/full");

        var (exitCode, error) = RunCli("import", "--full", "--source", Repository.SeedsFolder, "--index", IndexFolder);

        Assert.Equal(4, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"The disk holding {IndexFolder} is full (", error);
        Assert.Contains($"the archive still serves {Path.GetFileName(live)}", error);
        Assert.Equal(live, Generations.Live(IndexFolder));
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public void AnImportKilledAtSeveralMomentsLeavesTheLiveGenerationServingAndTheNextSucceeds()
    {
        var sources = work.File("sources");
        Directory.CreateDirectory(sources);
        foreach (var seed in Repository.SeedFiles) File.Copy(seed, Path.Combine(sources, Path.GetFileName(seed)));
        IndexPublisher.Import(sources, IndexFolder);
        var live = Generations.Live(IndexFolder)!;
        // Enough files that an import takes a second or two: kills land while parsing, writing and publishing.
        foreach (var (seed, i) in Repository.SeedFiles
                     .SelectMany(seed => Enumerable.Repeat(seed, 150))
                     .Select((seed, i) => (seed, i)))
            File.WriteAllText(
                Path.Combine(sources, $"copy-{i:0000}.txt"),
                File.ReadAllText(seed) + $"\nBản sao số {i}.\n");

        var outcomes = new List<string>();
        foreach (var after in new[] { 200, 400, 700, 1000, 1400, 1900 })
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
                     {
                         Path.Combine(AppContext.BaseDirectory, "Archive.Cli.dll"), "import", "--full", "--source",
                         sources, "--index", IndexFolder,
                     })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            Thread.Sleep(after);
            process.Kill();
            process.WaitForExit();

            var (serving, problem) = Generations.Choose(IndexFolder);
            Assert.Null(problem);
            using var index = ArchiveIndex.OpenGeneration(serving!);
            // Either the old generation, or, when the kill came after the publish, the whole new one.
            Assert.Contains(index.Count, new[] { 5, 755 });
            outcomes.Add(serving == live ? "old" : "new");
        }

        Assert.Contains("old", outcomes);
        var (exitCode, error) = RunCli("import", "--source", sources, "--index", IndexFolder);
        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using (var index = ArchiveIndex.Open(IndexFolder)) Assert.Equal(755, index.Count);
        Assert.True(Directory.GetDirectories(IndexFolder).Length <= 2);
    }

    [Fact]
    public void ADiskThatFillsMidImportExits4WithOneMessageAndTheLiveGenerationServes()
    {
        // A 4 MB tmpfs holds the index of the five seeds, not that of a 3 MB source file besides.
        var mount = work.File("small-disk");
        Directory.CreateDirectory(mount);
        var mounted = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount);
        Assert.True(mounted == 0, "this test mounts a 4 MB tmpfs and needs root (CI runs as root)");
        try
        {
            var index = Path.Combine(mount, "index");
            var sources = work.File("sources");
            Directory.CreateDirectory(sources);
            foreach (var seed in Repository.SeedFiles) File.Copy(seed, Path.Combine(sources, Path.GetFileName(seed)));
            IndexPublisher.Import(sources, index);
            var live = Generations.Live(index)!;
            var paragraph = File.ReadAllLines(Repository.SeedFiles.First()).MaxBy(line => line.Length)!;
            File.WriteAllText(Path.Combine(sources, "large.txt"),
                "Một bài rất dài\n\n" + string.Join(
                    "\n\n", Enumerable.Range(0, 3_000_000 / paragraph.Length).Select(i => $"{i}. {paragraph}")));

            var (exitCode, error) = RunCli("import", "--source", sources, "--index", index);

            Assert.Equal(4, exitCode);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.StartsWith($"The disk holding {index} is full (", error);
            Assert.Contains($"the archive still serves {Path.GetFileName(live)}", error);
            Assert.Equal(new ServableGeneration(live, null), Generations.Choose(index));
            // The partial generation is gone, so the space is free again.
            Assert.Equal([live], Directory.GetDirectories(index));
            using (var served = ArchiveIndex.Open(index)) Assert.Equal(5, served.Count);
            File.Delete(Path.Combine(sources, "large.txt"));
            File.AppendAllText(
                Path.Combine(sources, Path.GetFileName(Repository.SeedFiles.First())),
                "\nMột đoạn mới.\n");
            Assert.Equal(0, RunCli("import", "--source", sources, "--index", index).ExitCode);
        }
        finally
        {
            Run("umount", mount);
        }
    }

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void FindsTheDiskFullInsideTheParallelImportsAggregate()
    {
        var parallel = new AggregateException(
            new InvalidOperationException("other"),
            new IOException("No space left on device", 28));

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
