using Archive.Import;
using Archive.Index;

namespace Archive.Web.Hosting;

/// <summary>
/// One generation as the site serves it: its index, opened once, and a count of who still reads it.
/// The host holds one reference while the generation is the one served, and each request one while
/// it runs (<see cref="IndexLease"/>); the index is closed when the last reference is given back, so
/// no request sees its generation change or close under it.
/// </summary>
public sealed class ServedGeneration(ArchiveIndex index)
{
    private int references = 1;
    private readonly Lazy<DateTimeOffset?> importedAt = new(() => ImportManifest.Load(index.Generation)?.ImportedAt);
    private readonly Lazy<IReadOnlyDictionary<string, DateTime>> sourceTimes = new(() =>
        (ImportManifest.Load(index.Generation)?.Files ?? [])
            .ToDictionary(f => f.Name, f => f.LastWriteUtc, StringComparer.Ordinal));

    private readonly Lazy<long> sourceBytes = new(() =>
        (ImportManifest.Load(index.Generation)?.Files ?? []).Sum(f => f.Bytes));

    public ArchiveIndex Index => index;

    /// <summary>The size of the source files of this generation, read once when first asked for.</summary>
    public long SourceBytes => sourceBytes.Value;

    /// <summary>When this generation was imported, read on demand: the manifest grows with the archive.</summary>
    public DateTimeOffset? ImportedAt => importedAt.Value;

    /// <summary>When each source file was last changed (UTC), by name, read once when first asked for.</summary>
    public IReadOnlyDictionary<string, DateTime> SourceTimes => sourceTimes.Value;

    /// <summary>True when the generation is still open; it then stays open until the reference is released.</summary>
    internal bool TryAddReference()
    {
        var seen = Volatile.Read(ref references);
        while (seen > 0)
        {
            var was = Interlocked.CompareExchange(ref references, seen + 1, seen);
            if (was == seen) return true;
            seen = was;
        }
        return false;
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref references) == 0) index.Dispose();
    }
}

/// <summary>
/// The generation one request reads, from its start to its end: taken at most once per request (a
/// scoped service) and given back when the request's services are disposed.
/// </summary>
public sealed class IndexLease : IDisposable
{
    private ServedGeneration? generation;

    internal IndexLease(ServedGeneration generation) => this.generation = generation;

    private ServedGeneration Generation => generation ?? throw new ObjectDisposedException(nameof(IndexLease));

    public ArchiveIndex Index => Generation.Index;

    /// <inheritdoc cref="ServedGeneration.ImportedAt"/>
    public DateTimeOffset? ImportedAt => Generation.ImportedAt;

    /// <inheritdoc cref="ServedGeneration.SourceBytes"/>
    public long SourceBytes => Generation.SourceBytes;

    /// <inheritdoc cref="ServedGeneration.SourceTimes"/>
    public IReadOnlyDictionary<string, DateTime> SourceTimes => Generation.SourceTimes;

    public void Dispose() => Interlocked.Exchange(ref generation, null)?.Release();
}
