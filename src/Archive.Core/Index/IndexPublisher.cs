using Archive.Import;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Index;

/// <summary>What an import did.</summary>
public sealed record ImportSummary(int Imported, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed);

/// <summary>
/// Builds a complete index from a source folder beside the live one and then puts it in its place,
/// so a failed import never leaves a half-written index behind.
/// </summary>
public static class IndexPublisher
{
    public static ImportSummary Import(string sourceDirectory, string indexDirectory, Action<string, int, int>? progress = null)
    {
        if (!System.IO.Directory.Exists(sourceDirectory))
            throw new DirectoryNotFoundException($"Source folder not found: {Path.GetFullPath(sourceDirectory)}");

        var started = DateTimeOffset.UtcNow;
        var target = Path.GetFullPath(indexDirectory);
        var staging = $"{target}.building-{Guid.NewGuid():N}";
        var total = FolderImport.SourceFiles(sourceDirectory).Count();
        var skipped = new List<SkippedFile>();
        var files = new List<ImportManifest.SourceFile>();
        var imported = 0;
        var summaries = new List<Browse.DocumentSummary>();
        var directives = new List<Model.ArchiveDocument>();

        try
        {
            using (var directory = FSDirectory.Open(staging))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer())
                   {
                       OpenMode = OpenMode.CREATE,
                       RAMBufferSizeMB = 64,
                       Similarity = Search.BM25SearcherFactory.Similarity,
                   }))
            {
                var done = 0;
                foreach (var (file, skip) in FolderImport.Read(sourceDirectory))
                {
                    done++;
                    if (file is not null)
                    {
                        writer.AddDocument(IndexSchema.ToLucene(file.Document, file.Bytes));
                        summaries.Add(Browse.DocumentSummary.Of(file.Document));
                        if (file.Document.Directives.Count > 0) directives.Add(file.Document with { Paragraphs = [], Captions = [] });
                        files.Add(ImportManifest.Describe(Path.Combine(sourceDirectory, file.Document.SourceFile), file.Bytes));
                        imported++;
                        progress?.Invoke(file.Document.SourceFile, done, total);
                    }
                    else if (skip is not null)
                    {
                        skipped.Add(skip);
                        files.Add(ImportManifest.Describe(Path.Combine(sourceDirectory, skip.File)));
                        progress?.Invoke(skip.File, done, total);
                    }
                }
                writer.Commit();
            }

            new ImportManifest(ImportManifest.CurrentExtractorVersion, Path.GetFullPath(sourceDirectory), started,
                imported, files, skipped).Save(staging);
            Directives.DirectiveRegistry.Build(directives).Save(staging);
            new Browse.DocumentCatalog(summaries).Save(staging);
            Swap(staging, target);
        }
        finally
        {
            if (System.IO.Directory.Exists(staging)) System.IO.Directory.Delete(staging, recursive: true);
        }
        return new ImportSummary(imported, skipped, DateTimeOffset.UtcNow - started);
    }

    private static void Swap(string staging, string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is not null) System.IO.Directory.CreateDirectory(parent);
        string? retired = null;
        if (System.IO.Directory.Exists(target))
        {
            retired = $"{target}.retired-{Guid.NewGuid():N}";
            System.IO.Directory.Move(target, retired);
        }
        System.IO.Directory.Move(staging, target);
        if (retired is not null) System.IO.Directory.Delete(retired, recursive: true);
    }
}
