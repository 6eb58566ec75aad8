using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Cli;
using Archive.Export;
using ArchiveIndex = Archive.Index.ArchiveIndex;

namespace Archive.Tests.Export;

/// <summary>Exports an index and checks the bag as a BagIt validator would, without the code that wrote it.</summary>
public sealed class BagExportTests : IDisposable
{
    private const string VietnameseName = "Hội nghị Tỉnh ủy tháng 3.txt";
    private readonly TempFolder work = new();
    private string Sources => Path.Combine(work.Path, "sources");
    private string Index => Path.Combine(work.Path, "index");
    private string Bag => Path.Combine(work.Path, "bag");

    public BagExportTests()
    {
        Directory.CreateDirectory(Sources);
        foreach (var seed in Repository.SeedFiles) File.Copy(seed, Path.Combine(Sources, Path.GetFileName(seed)));
        File.WriteAllText(
            Path.Combine(Sources, VietnameseName),
            "Hội nghị Tỉnh ủy\n\n" +
            "Ngày 5/3/2024, Tỉnh ủy họp triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.\n");
        Assert.Equal(0, ArchiveCli.Run(["import", "--source", Sources, "--index", Index]));
    }

    public void Dispose() => work.Dispose();

    [Fact]
    public void WritesABagThatEveryManifestLineAndTheOxumVerify()
    {
        Assert.Equal(0, ArchiveCli.Run(["export", "--out", Bag, "--index", Index]));

        Assert.Equal(
            "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
            File.ReadAllText(Path.Combine(Bag, "bagit.txt")));
        var payload = Directory.EnumerateFiles(Path.Combine(Bag, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Bag, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var manifest = Manifest("manifest-sha256.txt");
        Assert.Equal(payload, manifest.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in manifest) Assert.Equal(hash, Sha256Of(path));
        var info = File.ReadAllLines(Path.Combine(Bag, "bag-info.txt"))
            .Where(l => l.Contains(':', StringComparison.Ordinal) && !l.StartsWith(' '))
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => l[(l.IndexOf(':') + 2)..]);
        var octets = payload.Sum(p => new FileInfo(Path.Combine(Bag, p)).Length);
        Assert.Equal($"{octets}.{payload.Count}", info["Payload-Oxum"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", info["Bagging-Date"]);
        Assert.StartsWith("gen-", info["Archive-Generation"], StringComparison.Ordinal);
        var tags = Manifest("tagmanifest-sha256.txt");
        Assert.Equal(["bag-info.txt", "bagit.txt", "manifest-sha256.txt"], tags.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in tags) Assert.Equal(hash, Sha256Of(path));
    }

    [Fact]
    public void KeepsEveryOriginalByteForByteAndEveryDocumentAsAJsonLine()
    {
        Assert.Equal(0, ArchiveCli.Run(["export", "--out", Bag, "--index", Index]));

        var sources = Directory.GetFiles(Sources);
        foreach (var source in sources)
        {
            var name = Path.GetFileName(source).Normalize(NormalizationForm.FormC);
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(Bag, "data", "originals", name)));
        }
        var lines = File.ReadAllLines(Path.Combine(Bag, "data", "documents.jsonl"));
        Assert.Equal(sources.Length, lines.Length);
        var documents = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(documents, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("id").GetString())));
        Assert.All(documents, d => Assert.Equal(JsonValueKind.Array, d.GetProperty("directives").ValueKind));
        var vietnamese = documents.Single(d => d.GetProperty("sourceFile").GetString() == VietnameseName);
        Assert.NotEmpty(vietnamese.GetProperty("directives").EnumerateArray());
        var manifest = File.ReadAllLines(Path.Combine(Bag, "manifest-sha256.txt"));
        Assert.Contains($"  data/originals/{VietnameseName}", manifest.Select(l => l[64..]));
    }

    [Fact]
    public void RefusesAFolderThatIsNotEmptyAndWritesNothing()
    {
        Directory.CreateDirectory(Bag);
        File.WriteAllText(Path.Combine(Bag, "keep.txt"), "mine");

        Assert.Equal(2, ArchiveCli.Run(["export", "--out", Bag, "--index", Index]));

        Assert.Equal([Path.Combine(Bag, "keep.txt")], Directory.GetFileSystemEntries(Bag));
        Assert.Equal(["bag", "index", "sources"], Directory.GetFileSystemEntries(work.Path)
            .Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KeepsBothFilesWhoseNamesAreTheSameInNfcAndNamesBoth()
    {
        var composed = "Kết luận Thường trực.txt".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        File.WriteAllText(Path.Combine(Sources, composed), "Kết luận\n\nNgày 2/4/2024, Thường trực họp lần một.\n");
        File.WriteAllText(Path.Combine(Sources, decomposed), "Kết luận\n\nNgày 9/4/2024, Thường trực họp lần hai.\n");
        Assert.Equal(0, ArchiveCli.Run(["import", "--source", Sources, "--index", Index]));

        var bag = Export();

        var clash = Assert.Single(bag.Renamed);
        Assert.Equal(
            [composed, decomposed], new[] { clash.SourceFile, clash.SameNameAs! }.Order(StringComparer.Ordinal));
        Assert.Contains(clash.SourceFile, clash.Warning, StringComparison.Ordinal);
        Assert.Contains(clash.SameNameAs!, clash.Warning, StringComparison.Ordinal);
        Assert.Equal("data/originals/Kết luận Thường trực (2).txt", clash.SavedAs);
        AssertEveryOriginalIsItsSourceAndEveryManifestLineHolds();
    }

    [Theory]
    [InlineData(" khoảng trắng đầu.txt", "_khoảng trắng đầu.txt", "_khoảng trắng đầu.txt")]
    [InlineData("\t thẻ đầu.txt", "__thẻ đầu.txt", "__thẻ đầu.txt")]
    [InlineData("tỷ lệ 100%25 đạt.txt", "tỷ lệ 100%25 đạt.txt", "tỷ lệ 100%2525 đạt.txt")]
    [InlineData("hai\ndòng.txt", "hai\ndòng.txt", "hai%0Adòng.txt")]
    [InlineData("về\r\nđầu.txt", "về\r\nđầu.txt", "về%0D%0Ađầu.txt")]
    public void WritesAManifestABagItToolReadsBackForAnAwkwardName(string name, string savedAs, string inManifest)
    {
        File.WriteAllText(Path.Combine(Sources, name), "Hội nghị\n\nNgày 5/3/2024, Đảng ủy họp.\n");
        Assert.Equal(0, ArchiveCli.Run(["import", "--source", Sources, "--index", Index]));

        var bag = Export();

        var original = Path.Combine(Bag, "data", "originals", savedAs);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Sources, name)), File.ReadAllBytes(original));
        Assert.Contains(
            $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(original)))}  data/originals/{inManifest}",
            File.ReadAllText(Path.Combine(Bag, "manifest-sha256.txt")).Split('\n'));
        Assert.Equal(name.Trim() == name ? [] : [name], bag.Renamed.Select(r => r.SourceFile));
        AssertEveryOriginalIsItsSourceAndEveryManifestLineHolds();
    }

    private BagSummary Export()
    {
        using var index = ArchiveIndex.Open(Index);
        return BagExport.Write(index, Bag);
    }

    /// <summary>
    /// Reads the manifest as bagit-python does (each line stripped, split at the first white space, then
    /// %0D, %0A and %25 decoded): it must name exactly the payload on disk, each hash right; and each JSON
    /// line's original must hold its source file's bytes.
    /// </summary>
    private void AssertEveryOriginalIsItsSourceAndEveryManifestLineHolds()
    {
        var manifest = File.ReadAllText(Path.Combine(Bag, "manifest-sha256.txt"), Encoding.UTF8)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(
                p => p[1].Trim().Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase)
                    .Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase)
                    .Replace("%25", "%", StringComparison.Ordinal),
                p => p[0]);
        var payload = Directory.EnumerateFiles(Path.Combine(Bag, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Bag, f)).Order(StringComparer.Ordinal);
        Assert.Equal(payload, manifest.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in manifest) Assert.Equal(hash, Sha256Of(path));
        var lines = File.ReadAllLines(Path.Combine(Bag, "data", "documents.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Directory.GetFiles(Sources).Length, lines.Count);
        foreach (var line in lines)
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(Sources, line.GetProperty("sourceFile").GetString()!)),
                File.ReadAllBytes(Path.Combine(Bag, line.GetProperty("original").GetString()!)));
    }

    // A manifest line is the hash, whitespace, then the path (with CR, LF and % percent-encoded).
    private Dictionary<string, string> Manifest(string file) =>
        File.ReadAllLines(Path.Combine(Bag, file), Encoding.UTF8).ToDictionary(
            l => Uri.UnescapeDataString(l[(l.IndexOf(' ', StringComparison.Ordinal) + 2)..]),
            l => l[..l.IndexOf(' ', StringComparison.Ordinal)]);

    private string Sha256Of(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Bag, path))));
}
