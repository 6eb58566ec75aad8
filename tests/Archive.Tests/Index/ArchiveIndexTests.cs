using System.Text;
using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Index;

/// <summary>A real index in a temp folder, built from the seeds and a few documents of our own.</summary>
public sealed class ArchiveIndexTests : IDisposable
{
    private readonly TempFolder source = new();
    private readonly TempFolder work = new();
    private string IndexFolder => work.File("index");

    private const string Undated = "Tăng cường phòng, chống tham nhũng ở cơ sở\n" +
                                   "Ban Nội chính Tỉnh ủy đề nghị các cấp ủy tăng cường kiểm tra, " +
                                   "giám sát việc thực hiện nhiệm vụ.\n";

    public ArchiveIndexTests()
    {
        foreach (var seed in Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt"))
            File.Copy(seed, source.File(Path.GetFileName(seed)));
        File.WriteAllText(source.File("100_undated.txt"), Undated);
        File.WriteAllBytes(source.File("101_empty.txt"), []);
    }

    public void Dispose()
    {
        work.Dispose();
        source.Dispose();
    }

    [Fact]
    public void ImportsTheFolderAndReportsWhatItSkipped()
    {
        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(6, summary.Imported);
        Assert.Equal(6, index.Count);
        Assert.Equal("101_empty.txt", Assert.Single(summary.Skipped).File);
        Assert.Equal(summary.Skipped, ImportManifest.Load(index.Generation)!.Skipped);
    }

    [Fact]
    public void ReportsWhatAnImportedFileLacksAndKeepsItForTheNextImport()
    {
        File.WriteAllText(source.File("102_title-only.txt"), "Tỉnh ủy họp bàn công tác cán bộ\n");

        var summary = IndexPublisher.Import(source.Path, IndexFolder);
        var again = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.Contains(
            summary.Warnings,
            w => w.File == "102_title-only.txt" && w.Warning.Contains("no body", StringComparison.Ordinal));
        Assert.Contains(
            summary.Warnings,
            w => w.File == "100_undated.txt" && w.Warning.Contains("no publication date", StringComparison.Ordinal));
        Assert.True(again.NothingChanged);
        Assert.Equal(summary.Warnings, again.Warnings);
    }

    [Fact]
    public void ImportSurvivesAFileThatCannotBeRead()
    {
        File.CreateSymbolicLink(source.File("099_moved.txt"), source.File("missing-target.bin"));

        var summary = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.Equal(6, summary.Imported);
        Assert.Contains(summary.Skipped, s => s.File == "099_moved.txt");
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(6, index.Count);
        Assert.Null(ImportManifest.Load(index.Generation)!.StaleBecause(source.Path));
    }

    [Fact]
    public void ImportReportsSpecialAndHugeFilesAndKeepsThemForTheNextImport()
    {
        Import.FolderImportTests.MakeFifo(source.File("102_pipe.txt"));
        File.CreateSymbolicLink(source.File("103_zero.txt"), "/dev/zero");
        using (var huge = File.Create(source.File("104_huge.txt"))) huge.SetLength(FolderImport.MaxFileBytes + 1L);
        File.CreateSymbolicLink(source.File("105_linked.txt"), source.File("100_undated.txt"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var summary = IndexPublisher.Import(source.Path, IndexFolder);
        var again = IndexPublisher.Import(source.Path, IndexFolder);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Equal(7, summary.Imported);
        Assert.Contains(
            summary.Skipped,
            s => s.File == "102_pipe.txt" && s.Reason.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(
            summary.Skipped,
            s => s.File == "103_zero.txt" && s.Reason.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(
            summary.Skipped,
            s => s.File == "104_huge.txt" && s.Reason.StartsWith(
                "too large: 4,194,305 bytes",
                StringComparison.Ordinal));
        Assert.True(again.NothingChanged);
        using var index = ArchiveIndex.Open(IndexFolder);
        Assert.Null(ImportManifest.Load(index.Generation)!.StaleBecause(source.Path));
    }

    [Fact]
    public void FindsEachDocumentByIdAsParsed()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var parsed = FolderImport.Read(source.Path).Select(r => r.Imported).OfType<ImportedFile>().ToList();

        using var index = ArchiveIndex.Open(IndexFolder);

        Assert.All(parsed, file =>
        {
            var found = index.Find(file.Document.Id);
            Assert.NotNull(found);
            Assert.Equal(file.Document.Title, found.Title);
            Assert.Equal(file.Document.EventDate, found.EventDate);
            Assert.Equal(file.Document.Paragraphs, found.Paragraphs);
            Assert.Equal(file.Document.Directives.Select(d => d.Code), found.Directives.Select(d => d.Code));
        });
        Assert.Null(index.Find("no-such-document"));
    }

    [Fact]
    public void AHitOfAHugeDocumentTakesItsSnippetsFromTheStartOfItsBody()
    {
        var filler = string.Concat(Enumerable.Repeat("Hội nghị bàn việc của tỉnh trong năm tới. ", 2_000));
        File.WriteAllText(
            source.File("102_huge.txt"),
            "Hội nghị rất dài của huyện Quỳnh Lưu\n\nMở đầu: huyện Mèo Vạc báo cáo.\n\n" +
                $"{filler}\n\n{filler}\n\nKết thúc: huyện Mèo Vạc và Quỳnh Lưu.\n");
        IndexPublisher.Import(source.Path, IndexFolder);
        using var index = ArchiveIndex.Open(IndexFolder);

        var early = Assert.Single(index.Search(new SearchRequest { Query = "\"Mèo Vạc\"" }).Hits);
        var late = Assert.Single(index.Search(new SearchRequest { Query = "\"Quỳnh Lưu\"" }).Hits);

        Assert.Equal("Hội nghị rất dài của huyện Quỳnh Lưu", early.Title);
        Assert.Contains("<mark>Mèo Vạc</mark>", early.Snippets[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", string.Concat(late.Snippets), StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsTheOriginalBytesExactly()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes(Undated.Replace("\n", "\r\n")))
            .ToArray();
        File.WriteAllBytes(source.File("102_bom.txt"), bom);
        IndexPublisher.Import(source.Path, IndexFolder);

        using var index = ArchiveIndex.Open(IndexFolder);

        var documents = index.List(1, 100).Items;
        Assert.Equal(7, documents.Count);
        Assert.All(documents, document =>
            Assert.Equal(File.ReadAllBytes(source.File(document.SourceFile)), index.FindRaw(document.Id)));
        Assert.Null(index.FindRaw("no-such-document"));
    }

    [Fact]
    public void ListsNewestFirstWithUndatedLast()
    {
        IndexPublisher.Import(source.Path, IndexFolder);

        using var index = ArchiveIndex.Open(IndexFolder);
        var page = index.List(1, 100);

        Assert.Equal(6, page.Total);
        Assert.Equal("100_undated.txt", page.Items[^1].SourceFile);
        Assert.Null(page.Items[^1].SortDate);
        var dates = page.Items.Take(5).Select(d => d.SortDate!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(new DateOnly(2021, 3, 31), dates[0]);
    }

    [Fact]
    public void PagesThroughTheList()
    {
        IndexPublisher.Import(source.Path, IndexFolder);

        using var index = ArchiveIndex.Open(IndexFolder);
        var all = index.List(1, 100).Items.Select(d => d.Id).ToList();
        var pages = Enumerable.Range(1, 3).SelectMany(p => index.List(p, 2).Items.Select(d => d.Id)).ToList();

        Assert.Equal(all, pages);
        Assert.Empty(index.List(4, 2).Items);
    }

    [Fact]
    public void ReplacesTheIndexOnReimportWithTheSameIds()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        List<string> before;
        using (var index = ArchiveIndex.Open(IndexFolder)) before = index.List(1, 100).Items.Select(d => d.Id).ToList();
        File.Delete(source.File("100_undated.txt"));

        IndexPublisher.Import(source.Path, IndexFolder);

        using var reopened = ArchiveIndex.Open(IndexFolder);
        Assert.Equal(before.Take(5), reopened.List(1, 100).Items.Select(d => d.Id));
        Assert.Equal(5, reopened.Count);
        Assert.Single(Directory.EnumerateDirectories(work.Path));
    }

    [Fact]
    public void ManifestIsCurrentRightAfterImport()
    {
        IndexPublisher.Import(source.Path, IndexFolder);

        var manifest = ImportManifest.Load(IndexFolder);

        Assert.NotNull(manifest);
        Assert.Null(manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ManifestIsStaleAfterAFileIsAdded()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var manifest = ImportManifest.Load(IndexFolder)!;

        File.WriteAllText(source.File("103_new.txt"), Undated);

        Assert.NotNull(manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ManifestIsStaleAfterAFileIsRemoved()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var manifest = ImportManifest.Load(IndexFolder)!;

        File.Delete(source.File("100_undated.txt"));

        Assert.NotNull(manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ManifestIsStaleAfterAFileChangesSize()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var manifest = ImportManifest.Load(IndexFolder)!;

        File.AppendAllText(source.File("100_undated.txt"), "Các cơ quan cần phối hợp chặt chẽ.\n");

        Assert.Contains("100_undated.txt", manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ManifestIsStaleAfterAFileChangesInPlace()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var manifest = ImportManifest.Load(IndexFolder)!;
        var path = source.File("100_undated.txt");

        File.WriteAllText(path, Undated.Replace("giám sát", "giám xát"));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));

        Assert.Equal(new FileInfo(path).Length, manifest.Files.Single(f => f.Name == "100_undated.txt").Bytes);
        Assert.Contains("100_undated.txt", manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ManifestIsCurrentWhenOnlyTheTimeOfAFileMoved()
    {
        IndexPublisher.Import(source.Path, IndexFolder);
        var manifest = ImportManifest.Load(IndexFolder)!;
        var path = source.File("100_undated.txt");

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));

        Assert.Null(manifest.StaleBecause(source.Path));
    }

    [Fact]
    public void ImportRefusesAMissingSourceFolder()
    {
        var missing = work.File("no-such-folder");

        Assert.Throws<DirectoryNotFoundException>(() => IndexPublisher.Import(missing, IndexFolder));
    }
}
