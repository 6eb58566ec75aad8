using System.Diagnostics;
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
        File.WriteAllBytes(source.File("image.txt"), [
            0x89, .."PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .."IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
            0x1F, 0x15, 0xC4, 0x89]);

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
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes("Tiêu đề thử\r\nSáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị.\r\n"))
            .ToArray();
        File.WriteAllBytes(source.File("bom.txt"), bytes);

        var imported = FolderImport.Read(source.Path)
            .Select(r => r.Imported!)
            .Single(i => i.Document.SourceFile == "bom.txt");

        Assert.Equal(bytes, imported.Bytes);
        Assert.Equal(bytes.LongLength, imported.Document.Bytes);
    }

    [Fact]
    public void SkipsAFifoWithoutWaitingForAWriter()
    {
        CopySeeds();
        MakeFifo(source.File("pipe.txt"));

        var results = ReadWithin(TimeSpan.FromSeconds(5));

        var skipped = Assert.Single(results.Select(r => r.Skipped).OfType<SkippedFile>());
        Assert.Equal("pipe.txt", skipped.File);
        Assert.Contains("not a regular file", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(5, results.Count(r => r.Imported is not null));
    }

    [Fact]
    public void SkipsALinkToADeviceWithoutReadingIt()
    {
        CopySeeds();
        File.CreateSymbolicLink(source.File("zero.txt"), "/dev/zero");

        var results = ReadWithin(TimeSpan.FromSeconds(5));

        var skipped = Assert.Single(results.Select(r => r.Skipped).OfType<SkippedFile>());
        Assert.Equal("zero.txt", skipped.File);
        Assert.Contains("not a regular file", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportsALinkToARegularFile()
    {
        using var elsewhere = new TempFolder();
        File.Copy(Repository.SeedPath("000_"), elsewhere.File("article.bin"));
        File.CreateSymbolicLink(source.File("linked.txt"), elsewhere.File("article.bin"));

        var result = Assert.Single(FolderImport.Read(source.Path));

        Assert.Null(result.Skipped);
        Assert.Equal(File.ReadAllBytes(Repository.SeedPath("000_")), result.Imported!.Bytes);
    }

    [Fact]
    public void SkipsAFileOverTheSizeLimitNamingItsSizeWithoutReadingIt()
    {
        CopySeeds();
        using (var huge = File.Create(source.File("huge.txt")))
            huge.SetLength(FolderImport.MaxFileBytes + 1L); // sparse: no disk, and zeros if it were read

        var results = ReadWithin(TimeSpan.FromSeconds(5));

        var skipped = Assert.Single(results.Select(r => r.Skipped).OfType<SkippedFile>());
        Assert.Equal("huge.txt", skipped.File);
        Assert.Equal("too large: 4,194,305 bytes, over the limit of 4,194,304 bytes (4 MB)", skipped.Reason);
    }

    [Fact]
    public void ReadsAFileOfExactlyTheLimitAndRefusesOneByteMore()
    {
        File.WriteAllBytes(source.File("at.txt"), "12345"u8.ToArray());
        File.WriteAllBytes(source.File("over.txt"), "123456"u8.ToArray());

        var at = FolderImport.ReadBytes(source.File("at.txt"), maxBytes: 5);
        var over = FolderImport.ReadBytes(source.File("over.txt"), maxBytes: 5);

        Assert.Equal("12345"u8.ToArray(), at.Bytes);
        Assert.Null(over.Bytes);
        Assert.StartsWith("too large: 6 bytes", over.Refused, StringComparison.Ordinal);
    }

    private List<(ImportedFile? Imported, SkippedFile? Skipped)> ReadWithin(TimeSpan limit)
    {
        // Before the fix these hung for ever or ran out of memory: fail the test instead of the run.
        var reading = Task.Run(() => FolderImport.Read(source.Path).ToList());
        Assert.True(reading.Wait(limit), $"the import did not finish within {limit.TotalSeconds} s");
        return reading.Result;
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
