using System.Text;
using Archive.Import;

namespace Archive.Tests.Import;

public sealed class FolderImportTests : IDisposable
{
    private readonly TempFolder source = new();

    public void Dispose() => source.Dispose();

    private void CopySeeds()
    {
        foreach (var seed in Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt"))
            File.Copy(seed, source.File(Path.GetFileName(seed)));
    }

    [Fact]
    public void ImportsEverySeed()
    {
        CopySeeds();

        var results = FolderImport.Read(source.Path).ToList();

        Assert.Equal(5, results.Count(r => r.Imported is not null));
        Assert.DoesNotContain(results, r => r.Skipped is not null);
    }

    [Fact]
    public void SkipsEmptyWhitespaceAndBinaryFilesByNameAndImportsTheRest()
    {
        CopySeeds();
        File.WriteAllBytes(source.File("empty.txt"), []);
        File.WriteAllText(source.File("blank.txt"), " \r\n\t\n  \n");
        File.WriteAllBytes(source.File("image.txt"), [0x89, .."PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .."IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]);

        var results = FolderImport.Read(source.Path).ToList();

        var skipped = results.Select(r => r.Skipped).OfType<SkippedFile>().ToList();
        Assert.Equal(["blank.txt", "empty.txt", "image.txt"], skipped.Select(s => s.File).Order());
        Assert.All(skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal(5, results.Count(r => r.Imported is not null));
    }

    [Fact]
    public void SkipsAFileThatCannotBeReadWithoutStoppingTheImport()
    {
        CopySeeds();
        File.CreateSymbolicLink(source.File("001a_moved.txt"), source.File("missing-target.bin"));

        var results = FolderImport.Read(source.Path).ToList();

        var skipped = Assert.Single(results.Select(r => r.Skipped).OfType<SkippedFile>());
        Assert.Equal("001a_moved.txt", skipped.File);
        Assert.Equal(5, results.Count(r => r.Imported is not null));
    }

    [Fact]
    public void SkipsAFileWithNeitherTitleNorBody()
    {
        File.WriteAllText(source.File("dateline-only.txt"), "15/07/2022\n\n***\n");

        var results = FolderImport.Read(source.Path).ToList();

        var result = Assert.Single(results);
        Assert.Null(result.Imported);
        Assert.Equal("dateline-only.txt", result.Skipped!.File);
    }

    [Fact]
    public void ReadsOnlyTextFilesInTheFolderItself()
    {
        CopySeeds();
        File.WriteAllText(source.File("notes.md"), "Ghi chú của biên tập viên.");
        Directory.CreateDirectory(source.File("old"));
        File.Copy(Repository.SeedPath("000_"), Path.Combine(source.File("old"), "copy.txt"));

        var results = FolderImport.Read(source.Path).ToList();

        Assert.Equal(5, results.Count);
    }

    [Fact]
    public void GivesUniqueIdsThatAreTheSameOnReimport()
    {
        CopySeeds();
        File.Copy(Repository.SeedPath("003_"), source.File("003_copy.txt"));

        var first = FolderImport.Read(source.Path).Select(r => r.Imported!.Document.Id).ToList();
        var second = FolderImport.Read(source.Path).Select(r => r.Imported!.Document.Id).ToList();

        Assert.Equal(6, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public void KeepsTheOriginalBytes()
    {
        CopySeeds();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Tiêu đề thử\r\nSáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị.\r\n")).ToArray();
        File.WriteAllBytes(source.File("bom.txt"), bytes);

        var imported = FolderImport.Read(source.Path).Select(r => r.Imported!).Single(i => i.Document.SourceFile == "bom.txt");

        Assert.Equal(bytes, imported.Bytes);
        Assert.Equal(bytes.LongLength, imported.Document.Bytes);
    }
}
