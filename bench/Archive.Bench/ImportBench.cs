using System.Text;
using Archive.Import;
using Archive.Index.Schema;
using Archive.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Bench;

/// <summary>One import, measured in its own process so that peak memory belongs to it alone.</summary>
public static class ImportBench
{
    public sealed record Figures(
        string What,
        int Documents,
        double Seconds,
        double Megabytes,
        double PeakMemoryMb,
        double IndexMb)
    {
        public double DocumentsPerSecond => Documents / Seconds;
        public double MegabytesPerSecond => Megabytes / Seconds;
    }

    /// <summary>
    /// `archive import` as users run it: extraction, both text views, term vectors, catalog, directives.
    /// </summary>
    public static Figures Archive(string source, string index)
    {
        if (System.IO.Directory.Exists(index)) System.IO.Directory.Delete(index, recursive: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = IndexPublisher.Import(source, index, full: true);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Figures(
            "archive import",
            summary.Documents,
            seconds,
            summary.SourceBytes / 1e6,
            Measure.PeakMemoryMb(),
            Measure.FolderSizeMb(index));
    }

    /// <summary>
    /// The floor: bare Lucene.Net over the same text into the same analysed fields (both views, term
    /// vectors on the folded body, syllable pairs), read and normalised, no extraction, same parallelism.
    /// </summary>
    public static Figures BareLucene(string source, string index)
    {
        if (System.IO.Directory.Exists(index)) System.IO.Directory.Delete(index, recursive: true);
        var vectors = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
        vectors.Freeze();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long bytes = 0;
        var count = 0;
        using (var directory = FSDirectory.Open(index))
        using (var writer = new IndexWriter(
            directory,
            new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer())
            { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 }))
        {
            var files = System.IO.Directory.EnumerateFiles(source, "*.txt");
            var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(files, parallelism, path =>
            {
                var raw = File.ReadAllBytes(path);
                var text = VietnameseText.Normalize(Encoding.UTF8.GetString(raw));
                var newline = text.IndexOf('\n');
                var title = newline > 0 ? text[..newline] : text;
                var body = newline > 0 ? text[(newline + 1)..] : "";
                writer.AddDocument(new Document
                {
                    new StringField(IndexSchema.Id, Path.GetFileName(path), Field.Store.YES),
                    new StoredField(IndexSchema.Raw, raw),
                    new TextField(IndexSchema.Title, title, Field.Store.YES),
                    new TextField(IndexSchema.TitleFolded, title, Field.Store.NO),
                    new TextField(IndexSchema.TitlePairs, title, Field.Store.NO),
                    new TextField(IndexSchema.Body, body, Field.Store.NO),
                    new Field(IndexSchema.BodyFolded, body, vectors),
                    new TextField(IndexSchema.BodyPairs, body, Field.Store.NO),
                    new TextField(IndexSchema.BodyExactPairs, body, Field.Store.NO),
                });
                Interlocked.Add(ref bytes, raw.LongLength);
                Interlocked.Increment(ref count);
            });
            writer.Commit();
        }
        return new Figures(
            "bare Lucene.Net (floor)",
            count,
            clock.Elapsed.TotalSeconds,
            bytes / 1e6,
            Measure.PeakMemoryMb(),
            Measure.FolderSizeMb(index));
    }
}
