using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Archive.Browse;
using Archive.Directives;
using Archive.Extraction;
using Archive.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Import;

/// <summary>What an import did.</summary>
public sealed record ImportSummary(
    int Imported,
    int Unchanged,
    int Removed,
    IReadOnlyList<SkippedFile> Skipped,
    int Documents,
    TimeSpan Elapsed,
    long SourceBytes)
{
    /// <summary>Files imported with something to note (what each lacks or what was damaged).</summary>
    public IReadOnlyList<FileWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Why the live generation was not the one this import started from (damaged, or `current` unreadable), if it was
    /// not.
    /// </summary>
    public string? Repaired { get; init; }

    /// <summary>True when the folder matched the live index and nothing was written.</summary>
    public bool NothingChanged => Imported == 0 && Removed == 0 && Documents == Unchanged && Repaired is null;
}

/// <summary>
/// Imports a source folder into a new index generation and publishes it atomically (see
/// <see cref="Generations"/>). Incremental: files unchanged since the live generation (same size
/// and time, or same SHA-256) are not parsed again, removed files leave the index. Parsing and
/// analysis run on all cores into one IndexWriter; memory stays bounded whatever the folder size.
/// One import at a time per index folder (<see cref="ImportLock"/>): a second one fails at once.
/// </summary>
public static partial class IndexPublisher
{
    private const double RamBufferMb = 128;

    public static ImportSummary Import(
        string sourceDirectory,
        string indexDirectory,
        Action<string, int, int>? progress = null,
        bool full = false)
    {
        if (!System.IO.Directory.Exists(sourceDirectory))
            throw new DirectoryNotFoundException($"Source folder not found: {Path.GetFullPath(sourceDirectory)}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        sourceDirectory = Path.GetFullPath(sourceDirectory);
        indexDirectory = Path.GetFullPath(indexDirectory);
        // Two imports at once would each delete the other's generation when publishing.
        using var importLock = ImportLock.Take(indexDirectory);
        Generations.RemoveAbandoned(indexDirectory);

        // The generation to start from is one whose every file matches its checksum: a damaged live one
        // is passed over for the one before it, and replaced even when no source file changed.
        var (basis, repaired) = Generations.Choose(indexDirectory);
        var previous = full || basis is null ? null : ImportManifest.Load(basis);
        if (previous is not null && previous.ExtractorVersion != ImportManifest.CurrentExtractorVersion)
            previous = null;

        // Decide, file by file, what to parse again; cheap (stat, and a hash only when a time moved).
        var recorded = previous?.Files.ToDictionary(f => f.Name, StringComparer.Ordinal) ?? [];
        var paths = FolderImport.SourceFiles(sourceDirectory).ToList();
        var unchanged = paths
            .Where(p => recorded.TryGetValue(Path.GetFileName(p), out var known)
                        && ImportManifest.IsUnchanged(p, known))
            .Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var current = paths.Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = recorded.Keys.Where(name => !current.Contains(name)).ToList();
        var toParse = paths.Where(p => !unchanged.Contains(Path.GetFileName(p))).ToList();

        var keptSkips = previous?.Skipped.Where(s => unchanged.Contains(s.File)).ToList() ?? [];
        var keptWarnings = previous?.Warnings?.Where(w => unchanged.Contains(w.File)).ToList() ?? [];
        if (previous is not null && toParse.Count == 0 && removed.Count == 0)
        {
            // The good generation is complete and current: making it live again is the whole repair.
            if (repaired is not null) Generations.Publish(indexDirectory, basis!, keep: null);
            return new ImportSummary(0, previous.Documents, 0, keptSkips, previous.Documents, clock.Elapsed, 0)
                { Warnings = keptWarnings, Repaired = repaired };
        }
        // Only now the old generation's catalog and citations, which grow with the archive.
        var catalog = basis is null ? [] : DocumentCatalog.Load(basis).Documents;
        var kept = previous is null ? [] : catalog.Where(d => unchanged.Contains(d.SourceFile)).ToList();
        var keptCitations =
            previous is null ? [] : CitingDocument.Load(basis!).Where(c => unchanged.Contains(c.SourceFile)).ToList();
        // A document keeps the id (its URL) it was first given, whatever its title becomes and however
        // the extractor changes, full imports included: ids are claimed before any new file picks one.
        var reparsed = toParse.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var givenIds = catalog
            .Where(d => reparsed.Contains(d.SourceFile))
            .ToDictionary(d => d.SourceFile, d => d.Id, StringComparer.Ordinal);

        var generation = Generations.NewGeneration(indexDirectory);
        try
        {
            if (previous is not null) LinkSegments(basis!, generation);

            var summaries = new ConcurrentBag<DocumentSummary>(kept);
            var citations = new ConcurrentBag<CitingDocument>(keptCitations);
            var skipped = new ConcurrentBag<SkippedFile>(keptSkips);
            var warnings = new ConcurrentBag<FileWarning>(keptWarnings);
            var files = new ConcurrentBag<ImportManifest.SourceFile>(
                previous?.Files.Where(f => unchanged.Contains(f.Name)).Select(f => WithCurrentTime(sourceDirectory, f))
                    ?? []);
            var ids = new ConcurrentDictionary<string, byte>(kept.Select(d => d.Id).Concat(givenIds.Values)
                .Select(id => KeyValuePair.Create(id, (byte)0)), StringComparer.Ordinal);
            var done = 0;
            long bytes = 0;

            using (var directory = FSDirectory.Open(generation))
            using (var writer = new IndexWriter(
                       directory,
                       new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer())
                       {
                           OpenMode = previous is null ? OpenMode.CREATE : OpenMode.APPEND,
                           RAMBufferSizeMB = RamBufferMb,
                           Similarity = Search.BM25SearcherFactory.Similarity,
                       }))
            {
                foreach (var name in removed.Concat(toParse.Select(Path.GetFileName).OfType<string>()))
                    writer.DeleteDocuments(new Term(IndexSchema.SourceFile, name));

                var allCores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                Parallel.ForEach(toParse, allCores, path =>
                {
                    var (file, skip) = FolderImport.ReadOne(path);
                    if (file is not null)
                    {
                        var document = givenIds.TryGetValue(file.Document.SourceFile, out var given)
                            ? file.Document with { Id = given }
                            : DocumentParser.WithUniqueId(file.Document, id => ids.TryAdd(id, 0));
                        writer.AddDocument(IndexSchema.ToLucene(document, file.Bytes));
                        summaries.Add(DocumentSummary.Of(document));
                        foreach (var warning in document.Warnings)
                            warnings.Add(new FileWarning(document.SourceFile, warning));
                        if (document.Directives.Count > 0) citations.Add(CitingDocument.Of(document));
                        // The parser hashed the bytes already.
                        files.Add(new ImportManifest.SourceFile(
                            file.Document.SourceFile,
                            file.Bytes.LongLength,
                            FolderImport.Target(path).LastWriteTimeUtc,
                            file.Document.Sha256));
                        Interlocked.Add(ref bytes, file.Bytes.LongLength);
                    }
                    else if (skip is not null)
                    {
                        skipped.Add(skip);
                        files.Add(ImportManifest.Describe(path));
                    }
                    var count = Interlocked.Increment(ref done);
                    progress?.Invoke(Path.GetFileName(path), count, toParse.Count);
                });
                // A folder gone mid-import would publish an archive of the files read before it went.
                if (!System.IO.Directory.Exists(sourceDirectory))
                    throw new DirectoryNotFoundException(
                        $"The source folder {sourceDirectory} disappeared during the import");
                writer.Commit();
            }

            var documents = summaries.ToList();
            var skips = skipped.OrderBy(s => s.File, StringComparer.Ordinal).ToList();
            var warned = warnings.OrderBy(w => w.File, StringComparer.Ordinal).ToList();
            var citing = citations.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            CitingDocument.Save(generation, citing);
            DirectiveRegistry.Build(citing).Save(generation);
            new DocumentCatalog(documents).Save(generation);
            // Last, with the checksum of every file above: a generation with a manifest is finished.
            var manifest = new ImportManifest(
                ImportManifest.CurrentExtractorVersion,
                sourceDirectory,
                started,
                documents.Count,
                files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
                skips,
                warned,
                GenerationIntegrity.Describe(generation));
            manifest.Save(generation);
            Generations.Publish(indexDirectory, generation, keep: basis);

            return new ImportSummary(
                toParse.Count - skips.Count(s => !unchanged.Contains(s.File)),
                kept.Count,
                removed.Count,
                skips,
                documents.Count,
                clock.Elapsed,
                bytes)
            {
                Warnings = warned,
                Repaired = repaired,
            };
        }
        catch
        {
            // The live generation is untouched; the half-written one goes.
            try { System.IO.Directory.Delete(generation, recursive: true); } catch (IOException) { }
            throw;
        }
    }

    private static ImportManifest.SourceFile WithCurrentTime(string sourceDirectory, ImportManifest.SourceFile file) =>
        file with { LastWriteUtc = FolderImport.Target(Path.Combine(sourceDirectory, file.Name)).LastWriteTimeUtc };

    /// <summary>
    /// Starts a new generation from the live one's segment files. Lucene never rewrites a segment file,
    /// so hard links are safe and cost nothing; where links are impossible the files are copied. Only
    /// Lucene's files: the import writes the others (catalog, registry) anew, and writing through a link
    /// would change the live generation's.
    /// </summary>
    private static void LinkSegments(string live, string generation)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(live))
        {
            var name = Path.GetFileName(file);
            var lucene = name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal);
            if (!lucene) continue;
            var target = Path.Combine(generation, name);
            if (name == "segments.gen" || !TryHardLink(file, target)) File.Copy(file, target);
        }
    }

    private static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
