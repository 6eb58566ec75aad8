using Archive.Index;
using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>
/// Holds the open index for the whole application. On start it imports the source folder when the
/// index is missing or out of date with the files (a cheap manifest check), then opens it read-only.
/// </summary>
public sealed class ArchiveHost(IOptions<ArchiveOptions> options, ILogger<ArchiveHost> logger) : IHostedService, IDisposable
{
    private ArchiveIndex? index;

    /// <summary>The loaded index; pages and endpoints only run after start-up has opened it.</summary>
    public ArchiveIndex Index => index ?? throw new InvalidOperationException("The archive is not loaded yet.");

    public bool IsLoaded => index is not null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (source, target) = options.Value.ResolvePaths();
        if (!Directory.Exists(source))
            throw new DirectoryNotFoundException($"Archive source folder not found: {source} (set Archive:SourceDirectory)");

        var manifest = ImportManifest.Load(target);
        var stale = manifest is null ? "there is no index yet" : manifest.StaleBecause(source);
        if (stale is not null)
        {
            logger.LogInformation("Importing {Source} into {Index} because {Reason}", source, target, stale);
            var summary = IndexPublisher.Import(source, target);
            foreach (var skipped in summary.Skipped)
                logger.LogWarning("Skipped {File}: {Reason}", skipped.File, skipped.Reason);
            logger.LogInformation("Imported {Count} documents in {Seconds:0.00} s, skipped {Skipped}",
                summary.Imported, summary.Elapsed.TotalSeconds, summary.Skipped.Count);
        }
        else
        {
            logger.LogInformation("Index {Index} is up to date with {Source}", target, source);
        }

        index = ArchiveIndex.Open(target);
        logger.LogInformation("Serving {Count} documents from {Index}", index.Count, target);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => index?.Dispose();
}
