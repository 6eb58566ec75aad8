using Archive.Import;
using Archive.Index;

namespace Archive.Tests.Import;

/// <summary>One import at a time per index folder, and a lock that never outlives its import.</summary>
public sealed class ImportLockTests : IDisposable
{
    private readonly TempFolder work = new();
    private string IndexFolder => work.File("index");

    public void Dispose() => work.Dispose();

    [Fact]
    public void ASecondImportWhileOneRunsIsRefusedAndTheFirstPublishes()
    {
        ImportRunningException? refused = null;
        string? liveDuringSecond = null;

        // The second import starts while the first is half-way through parsing.
        var first = IndexPublisher.Import(Repository.SeedsFolder, IndexFolder, (_, done, _) =>
        {
            if (done != 1) return;
            liveDuringSecond = Generations.Live(IndexFolder);
            refused = Record.Exception(() => IndexPublisher.Import(Repository.SeedsFolder, IndexFolder))
                as ImportRunningException;
        });

        Assert.NotNull(refused);
        Assert.Contains(
            $"Another import into {Path.GetFullPath(IndexFolder)} is running (pid {Environment.ProcessId} since ",
            refused.Message);
        Assert.Null(liveDuringSecond);
        Assert.Equal(5, first.Documents);
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(5, index.Count);
        Assert.Single(Directory.EnumerateDirectories(IndexFolder, "gen-*"));
    }

    [Fact]
    public async Task ImportsStartedAtOnceNeverBreakTheLiveGeneration()
    {
        IndexPublisher.Import(Repository.SeedsFolder, IndexFolder);

        for (var pair = 0; pair < 5; pair++)
        {
            using var start = new Barrier(2);
            var outcomes = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return Record.Exception(() => IndexPublisher.Import(Repository.SeedsFolder, IndexFolder, full: true));
            })).ToArray();
            var failures = await Task.WhenAll(outcomes);

            Assert.All(failures, f => Assert.True(f is null or ImportRunningException, f?.ToString()));
            Assert.Contains(failures, f => f is null);
            var live = Generations.Live(IndexFolder);
            Assert.NotNull(live);
            using var index = ArchiveIndex.Open(IndexFolder);
            Assert.Equal(5, index.Count);
        }
    }

    [Fact]
    public void ALockLeftByAKilledImportDoesNotBlockTheNext()
    {
        // What a killed import leaves: the lock file (the OS lock went with the process) and its note.
        Directory.CreateDirectory(IndexFolder);
        File.WriteAllText(Path.Combine(IndexFolder, ImportLock.LockFile), "");
        File.WriteAllText(Path.Combine(IndexFolder, ImportLock.HolderFile), "pid 999999 since 2020-01-01 00:00:00 UTC");

        var summary = IndexPublisher.Import(Repository.SeedsFolder, IndexFolder);

        Assert.Equal(5, summary.Documents);
    }

    [Fact]
    public void TheLockIsFreeAgainWhenAnImportFails()
    {
        var source = Directory.CreateDirectory(work.File("source")).FullName;
        File.Copy(Repository.SeedFiles.First(), Path.Combine(source, "a.txt"));

        Assert.ThrowsAny<Exception>(
            () => IndexPublisher.Import(source, IndexFolder, (_, _, _) => throw new IOException("injected")));
        var summary = IndexPublisher.Import(source, IndexFolder);

        Assert.Equal(1, summary.Documents);
    }
}
