using Archive.Index.Schema;
using Archive.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Tests.Storage;

/// <summary>
/// The site reads its index with positional reads: what it reads must be byte for byte what Lucene's
/// own directory reads, from many threads at once, through compound segments and plain files alike.
/// </summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("archive-pread-").FullName;
    private readonly FSDirectory luceneDirectory;
    private readonly DirectoryReader expected;
    private readonly PositionalReadDirectory directory;
    private readonly DirectoryReader reader;

    public PositionalReadDirectoryTests()
    {
        luceneDirectory = FSDirectory.Open(folder);
        var writer = new IndexWriter(
            luceneDirectory,
            new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer()));
        for (var i = 0; i < 3000; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", $"doc-{i:D4}", Field.Store.YES),
                new TextField(
                    "body",
                    $"tài liệu số {i} " +
                        $"về công tác nội chính {string.Join(' ', Enumerable.Repeat($"từ{i % 97}", i % 13 + 1))}",
                    Field.Store.YES),
                new StoredField("blob", Enumerable.Range(0, 700 + i % 300).Select(b => (byte)(b * 31 + i)).ToArray()),
            });
            // Three segments: the first a compound file, the others plain files.
            if (i % 1000 != 999) continue;
            writer.Commit();
            writer.Config.UseCompoundFile = false;
        }
        writer.Dispose();

        expected = DirectoryReader.Open(luceneDirectory);
        directory = new PositionalReadDirectory(folder);
        reader = DirectoryReader.Open(directory);
    }

    [Fact]
    public void ReadsEveryDocumentAsLuceneDoesFromManyThreadsAtOnce()
    {
        Assert.Equal(expected.MaxDoc, reader.MaxDoc);
        Assert.True(reader.Leaves.Count > 1);
        Assert.Contains(directory.ListAll(), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Contains(directory.ListAll(), f => f.EndsWith(".fdt", StringComparison.Ordinal));
        Parallel.For(0, reader.MaxDoc, new ParallelOptions { MaxDegreeOfParallelism = 8 }, doc =>
        {
            var (want, got) = (expected.Document(doc), reader.Document(doc));
            Assert.Equal(want.Get("id"), got.Get("id"));
            Assert.Equal(want.Get("body"), got.Get("body"));
            Assert.Equal(Bytes(want.GetBinaryValue("blob")), Bytes(got.GetBinaryValue("blob")));
        });
    }

    [Fact]
    public void SearchesAsLuceneDoes()
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("body", "công")), Occur.MUST },
            { new TermQuery(new Term("body", "từ5")), Occur.SHOULD },
        };

        var want = new IndexSearcher(expected).Search(query, 50);
        var got = new IndexSearcher(reader).Search(query, 50);

        Assert.Equal(3000, got.TotalHits);
        Assert.Equal(want.ScoreDocs.Select(h => (h.Doc, h.Score)), got.ScoreDocs.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void ReadingPastTheEndOfAFileFails()
    {
        var name = directory.ListAll().First(f => f.StartsWith("segments_", StringComparison.Ordinal));
        using var input = directory.OpenInput(name, IOContext.READ_ONCE);

        input.Seek(input.Length - 1);
        input.ReadByte();

        Assert.ThrowsAny<IOException>(() => input.ReadByte());
    }

    private static byte[] Bytes(BytesRef value) => value.Bytes.AsSpan(value.Offset, value.Length).ToArray();

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        expected.Dispose();
        luceneDirectory.Dispose();
        System.IO.Directory.Delete(folder, recursive: true);
    }
}
