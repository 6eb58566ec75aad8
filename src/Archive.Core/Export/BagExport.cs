using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Index;
using Archive.Storage;

namespace Archive.Export;

/// <summary>What an export wrote.</summary>
public sealed record BagSummary(string Bag, int Documents, int PayloadFiles, long PayloadBytes, TimeSpan Elapsed);

/// <summary>
/// The whole archive as a BagIt bag (RFC 8493): each source file byte for byte under <c>data/originals/</c>,
/// every document's metadata and directive citations in <c>data/documents.jsonl</c>, and the manifests
/// that let any BagIt tool check them. Streamed: one document at a time, hashed as it is written.
/// </summary>
public static class BagExport
{
    public const string Originals = "data/originals/";
    public const string DocumentsFile = "data/documents.jsonl";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the bag into a folder beside <paramref name="target"/> and renames it at the end, so a failed
    /// export leaves no half bag. Throws <see cref="IOException"/> if the target exists and is not empty.
    /// </summary>
    public static BagSummary Write(ArchiveIndex index, string target, DateTimeOffset? now = null)
    {
        target = Path.GetFullPath(target);
        if (!IsAbsentOrEmpty(target))
            throw new IOException($"{target} already exists and is not empty: export into a new folder.");
        var clock = Stopwatch.StartNew();
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            var (documents, files, bytes) = WritePayload(index, temporary);
            WriteTags(index, temporary, documents, files, bytes, now ?? DateTimeOffset.Now);
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(temporary, target);
            return new BagSummary(target, documents, files, bytes, clock.Elapsed);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    public static bool IsAbsentOrEmpty(string folder) =>
        !File.Exists(folder) && (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any());

    private static (int Documents, int Files, long Bytes) WritePayload(ArchiveIndex index, string bag)
    {
        Directory.CreateDirectory(Path.Combine(bag, "data", "originals"));
        using var manifest = TagWriter(Path.Combine(bag, "manifest-sha256.txt"));
        using var lines = new FileStream(
            Path.Combine(bag, DocumentsFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        using var linesHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var newline = "\n"u8.ToArray();
        int documents = 0, files = 0;
        long bytes = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var summary in index.Catalog.Documents)
        {
            if (index.Find(summary.Id) is not { } document) continue;
            var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonFile.Options);
            lines.Write(json);
            lines.Write(newline);
            linesHash.AppendData(json);
            linesHash.AppendData(newline);
            bytes += json.Length + newline.Length;
            documents++;

            if (index.FindRaw(summary.Id) is not { } raw) continue;
            var name = Path.GetFileName(document.SourceFile).Normalize(NormalizationForm.FormC);
            if (!names.Add(name)) continue;
            File.WriteAllBytes(Path.Combine(bag, "data", "originals", name), raw);
            WriteLine(manifest, SHA256.HashData(raw), Originals + name);
            bytes += raw.Length;
            files++;
        }
        lines.Flush();
        WriteLine(manifest, linesHash.GetHashAndReset(), DocumentsFile);
        return (documents, files + 1, bytes);
    }

    private static void WriteTags(
        ArchiveIndex index, string bag, int documents, int files, long bytes, DateTimeOffset now)
    {
        File.WriteAllText(
            Path.Combine(bag, "bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Utf8);
        var generation = Path.GetFileName(index.Generation);
        File.WriteAllText(Path.Combine(bag, "bag-info.txt"), string.Create(CultureInfo.InvariantCulture, $"""
            Source-Organization: Lưu trữ Nội chính
            Bagging-Date: {now:yyyy-MM-dd}
            Payload-Oxum: {bytes}.{files}
            Bag-Size: {Size(bytes)}
            External-Description: {documents} documents of the archive: each source file byte for byte in
              data/originals/, and every document's metadata and directive citations in data/documents.jsonl
            External-Identifier: {generation}
            Archive-Generation: {generation}

            """).ReplaceLineEndings("\n"), Utf8);
        using var tags = TagWriter(Path.Combine(bag, "tagmanifest-sha256.txt"));
        foreach (var tag in new[] { "bagit.txt", "bag-info.txt", "manifest-sha256.txt" })
            WriteLine(tags, SHA256.HashData(File.ReadAllBytes(Path.Combine(bag, tag))), tag);
    }

    private static StreamWriter TagWriter(string path) => new(path, append: false, Utf8) { NewLine = "\n" };

    private static void WriteLine(StreamWriter manifest, byte[] hash, string path) =>
        manifest.WriteLine($"{Convert.ToHexStringLower(hash)}  {ManifestPath(path)}");

    /// <summary>RFC 8493 §2.1.3: a path in a manifest has CR, LF and % percent-encoded.</summary>
    public static string ManifestPath(string path) =>
        path.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Size(long bytes) => bytes switch
    {
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.0} GB"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
