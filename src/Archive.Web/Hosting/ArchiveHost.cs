using Archive.Import;
using Archive.Index;
using Archive.Storage;
using Lucene.Net.Index;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>
/// Owns the open index for the whole application. On start it serves the live index at once and checks
/// in the background that it is up to date with the source folder (a manifest check), updating it if
/// not; when the index is missing or damaged it imports in the background while the site answers 503
/// "being rebuilt". It also notices a new generation published by `archive import` and switches to it
/// without a restart. A generation is served only once every file matches its checksum; a damaged one
/// (found at load, or when a read fails) is passed over for the previous good generation at once, and
/// replaced in the background.
/// </summary>
public sealed class ArchiveHost(
    IOptions<ArchiveOptions> options,
    IOutputCacheStore cache,
    ILogger<ArchiveHost> logger) : IHostedService, IDisposable
{
    /// <summary>Every cached answer carries it; publishing a new index evicts them all.</summary>
    public const string CacheTag = "archive";

    private readonly CancellationTokenSource stopping = new();

    private static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(1);

    private volatile ServedGeneration? served;
    private readonly Lock recovering = new();
    // A damaged generation `current` still names until the rebuild replaces it: never switched to.
    private volatile string? passedOver;
    private (string Generation, DateTime At) lastClean;
    private Timer? watcher;
    private Task loading = Task.CompletedTask;
    private string source = "";
    private string target = "";

    /// <summary>
    /// The generation served now, kept open for the caller until the lease is disposed: a request takes
    /// one (<see cref="IndexLease"/> is a scoped service). Only once loaded: the readiness middleware
    /// answers 503 before.
    /// </summary>
    public IndexLease Lease()
    {
        while (true)
        {
            var generation = served ?? throw new InvalidOperationException("The archive is not loaded yet.");
            // A generation retired between the read and the reference is closing: take the one that replaced it.
            if (generation.TryAddReference()) return new IndexLease(generation);
        }
    }

    public bool IsLoaded => served is not null;

    /// <summary>The generation folder served now, for /readyz and the log.</summary>
    public string? Generation => served?.Index.Generation;

    /// <summary>What the archive is doing, for /readyz and the "being rebuilt" page.</summary>
    public string Status { get; private set; } = "starting";

    /// <summary>
    /// Why the archive serves other than the live generation (damage, a broken `current`), for /readyz; null
    /// when it does not.
    /// </summary>
    public string? Problem { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        (source, target) = options.Value.ResolvePaths();
        if (!Directory.Exists(source))
            throw new DirectoryNotFoundException(
                $"Archive source folder not found: {source} (set Archive:SourceDirectory)");

        // Serve whatever good index there is at once; whether it is still up to date with the folder (a
        // stat of every source file, a second or more at 100k documents) is found out in the background.
        var (generation, problem) = Generations.Choose(target);
        var opened = generation is null ? null : TryOpen(generation);
        if (opened is not null)
        {
            served = new ServedGeneration(opened);
            Status = "checking";
            logger.LogInformation("Serving {Count} documents from {Index}", opened.Count, opened.Generation);
        }
        if (problem is not null) PassOver(Generations.Live(target), problem, opened);
        loading = opened is null
            ? ArchiveIndex.Background(() =>
                Rebuild(problem ?? "there is no index yet, or it could not be opened", full: true))
            : ArchiveIndex.Background(() => Refresh(opened));

        var interval = TimeSpan.FromSeconds(Math.Max(0.5, options.Value.RefreshSeconds));
        watcher = new Timer(_ => SwitchToNewGeneration(), null, interval, interval);
        return Task.CompletedTask;
    }

    /// <summary>Waits until the first load has finished (tests, and tools that need the data).</summary>
    public Task Loaded => loading;

    /// <summary>
    /// Brings a served index up to date with the source folder, or checks it for damage when it is.
    /// </summary>
    private void Refresh(ArchiveIndex opened)
    {
        var stale = Problem ?? (ImportManifest.Load(opened.Generation) is { } manifest
            ? manifest.StaleBecause(source)
            : "it has no manifest");
        if (stale is not null)
        {
            // A stale index is still served while the new one is built.
            Status = "updating";
            Rebuild(stale, full: false);
            return;
        }
        Status = "ready";
        CheckForDamage(opened);
    }

    private void Rebuild(string reason, bool full)
    {
        Status = "rebuilding";
        logger.LogWarning("Importing {Source} into {Index} because {Reason}", source, target, reason);
        try
        {
            var summary = IndexPublisher.Import(source, target, full: full);
            foreach (var skipped in summary.Skipped)
                logger.LogWarning("Skipped {File}: {Reason}", skipped.File, skipped.Reason);
            foreach (var kind in summary.Warnings.GroupBy(w => FileWarning.Kind(w.Warning)))
                logger.LogInformation(
                    "{Count} files imported with the warning {Warning}, e.g. {Files}",
                    kind.Count(),
                    kind.Key,
                    kind.Take(3).Select(w => w.File));
            foreach (var warning in summary.Warnings)
                logger.LogDebug("Imported {File} with a warning: {Warning}", warning.File, warning.Warning);
            logger.LogInformation(
                "Imported {Imported} files ({Unchanged} unchanged, {Removed} removed) in {Seconds:0.00} s; " +
                "{Documents} documents, {Skipped} skipped",
                summary.Imported,
                summary.Unchanged,
                summary.Removed,
                summary.Elapsed.TotalSeconds,
                summary.Documents,
                summary.Skipped.Count);
            SwitchToNewGeneration();
            Status = IsLoaded ? "ready" : "failed";
        }
        catch (ImportRunningException e)
        {
            // Most often `archive import` from the command line. Trying again costs one failed lock while
            // it runs; once it has published, the incremental check finds little or nothing left to do.
            Status = IsLoaded ? "ready; another import is running" : "waiting for another import";
            logger.LogWarning(
                "Not importing {Source} now: {Reason}; " +
                "the site keeps serving what it had and tries again when it has finished",
                source,
                e.Message);
            RetryWhenUnlocked(reason, full);
        }
        catch (Exception e) when (ImportFailure.FileSystemCause(e) is { } cause)
        {
            // The message names paths: the log has it, /readyz (public) only the kind.
            Status = ImportFailure.IsDiskFull(cause)
                ? "failed: the disk is full"
                : "failed: a file could not be read or written";
            logger.LogError("{Problem}", ImportFailure.Explain(cause, source, target));
        }
        catch (Exception e)
        {
            Status = "failed";
            logger.LogError(e, "Import of {Source} failed; the site keeps serving what it had", source);
        }
    }

    private void RetryWhenUnlocked(string reason, bool full)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.5, options.Value.RefreshSeconds));
        _ = Task.Delay(interval, stopping.Token).ContinueWith(_ =>
        {
            if (ImportLock.IsHeld(target))
            {
                RetryWhenUnlocked(reason, full);
                return;
            }
            SwitchToNewGeneration();
            // A complete index published meanwhile needs no full rebuild, only the incremental check.
            Rebuild(reason, full: full && !IsLoaded);
        }, stopping.Token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    // A damaged index is found by Lucene's own check, in the background so start-up stays quick.
    private void CheckForDamage(ArchiveIndex opened)
    {
        if (!options.Value.CheckIndexOnStart) return;
        try
        {
            using var directory = new PositionalReadDirectory(opened.Generation);
            var status = new CheckIndex(directory).DoCheckIndex();
            if (status.Clean) return;
            logger.LogWarning(
                "The index in {Generation} is damaged ({Segments} bad segments); rebuilding",
                opened.Generation,
                status.NumBadSegments);
        }
        catch (Exception e) when (e is IOException
                                      or CorruptIndexException
                                      or IndexFormatTooOldException
                                      or IndexFormatTooNewException)
        {
            logger.LogWarning(e, "The index in {Generation} could not be checked; rebuilding", opened.Generation);
        }
        Retire(Interlocked.Exchange(ref served, null));
        Rebuild("the index was damaged", full: true);
    }

    /// <summary>
    /// Opens the live generation if it differs from the one being served and is whole, and swaps it in.
    /// </summary>
    private void SwitchToNewGeneration()
    {
        lock (recovering)
        {
            var live = Generations.Live(target);
            if (live is null || live == passedOver) return;
            if (live != Generation)
            {
                if (GenerationIntegrity.DamageIn(live) is { } damage)
                {
                    PassOver(live, $"{Path.GetFileName(live)} is damaged: {damage}", served?.Index);
                    ArchiveIndex.Background(() => Rebuild(Problem!, full: !IsLoaded));
                    return;
                }
                if (TryOpen(live) is not { } fresh) return;
                Serve(fresh);
                logger.LogInformation("Now serving {Count} documents from {Generation}", fresh.Count, fresh.Generation);
            }
            else if (Problem is null)
            {
                return;
            }
            // Served and live are one whole generation again (a repair may only have pointed `current` back at it).
            Problem = null;
            Status = "ready";
        }
    }

    /// <summary>
    /// Called when a request failed: if the generation served is damaged (its checksums decide, at most
    /// once a minute while they match), serves the previous good generation at once and rebuilds in the
    /// background. True when it found damage; false when the failure has another cause.
    /// </summary>
    public bool RecoverFromDamage()
    {
        if (served is not { } failed) return false;
        lock (recovering)
        {
            if (served != failed) return true;
            var generation = failed.Index.Generation;
            if (lastClean.Generation == generation && DateTime.UtcNow - lastClean.At < RecheckAfter) return false;
            if (GenerationIntegrity.DamageIn(generation) is not { } damage)
            {
                lastClean = (generation, DateTime.UtcNow);
                return false;
            }
            var fallback = Generations.NewestWhole(target, generation, passedOver);
            var opened = fallback is null ? null : TryOpen(fallback);
            if (opened is null) Retire(Interlocked.Exchange(ref served, null));
            else Serve(opened);
            PassOver(generation, $"{Path.GetFileName(generation)} is damaged: {damage}", opened);
        }
        ArchiveIndex.Background(() => Rebuild(Problem!, full: !IsLoaded));
        return true;
    }

    // Says what is wrong and what is served instead, once, in the log and on /readyz.
    private void PassOver(string? damaged, string problem, ArchiveIndex? serving)
    {
        passedOver = damaged;
        Problem = serving is null
            ? $"{problem}; no earlier generation is whole, so the index is rebuilt from the sources"
            : $"{problem}; serving the previous generation {Path.GetFileName(serving.Generation)} until it is replaced";
        logger.LogError("{Problem}", Problem);
    }

    private void Serve(ArchiveIndex fresh)
    {
        var old = Interlocked.Exchange(ref served, new ServedGeneration(fresh));
        cache.EvictByTagAsync(CacheTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Retire(old);
    }

    private ArchiveIndex? TryOpen(string generation)
    {
        try
        {
            var opened = ArchiveIndex.OpenGeneration(generation, options.Value.SearchEngine);
            opened.Loaded.ContinueWith(_ => ReturnFreeMemory(), TaskScheduler.Default);
            return opened;
        }
        catch (Exception e) when (e is IOException
                                      or CorruptIndexException
                                      or IndexFormatTooOldException
                                      or IndexFormatTooNewException
                                      or System.Text.Json.JsonException
                                      or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "The index in {Index} could not be opened", generation);
            return null;
        }
    }

    /// <summary>
    /// Reading the catalog and the registry of a large archive leaves a heap with far more room than
    /// it holds (docs/performance.md, memory at 100k); one compacting collection gives it back to the system.
    /// </summary>
    private static void ReturnFreeMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode =
            System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    // Requests still reading the old generation keep it open until the last of them ends.
    private static void Retire(ServedGeneration? old) => old?.Release();

    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping.Cancel();
        watcher?.Dispose();
        return Task.CompletedTask;
    }

    // The host may dispose its services before or after stopping them: both orders are fine.
    public void Dispose()
    {
        stopping.Cancel();
        watcher?.Dispose();
        Retire(Interlocked.Exchange(ref served, null));
    }
}
