using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Index;
using Archive.Model;
using Archive.Storage;

namespace Archive.Export;

/// <summary>What an export wrote.</summary>
public sealed record BagSummary(
    string Bag, int Documents, int PayloadFiles, long PayloadBytes, TimeSpan Elapsed, IReadOnlyList<BagRename> Renamed);

/// <summary>
/// A source file kept under another name than its own in NFC: <paramref name="SameNameAs"/> is the file that
/// already had that name, or null when the name begins or ends with white space (which manifest readers trim).
/// </summary>
public sealed record BagRename(string SourceFile, string SavedAs, string? SameNameAs)
{
    public string Warning => SameNameAs is null
        ? $"'{SourceFile}' begins or ends with white space; saved as {SavedAs}"
        : $"'{SourceFile}' and '{SameNameAs}' are the same name in Unicode NFC; '{SourceFile}' saved as {SavedAs}";
}

/// <summary>
/// The whole archive as a BagIt bag (RFC 8493): each source file byte for byte under <c>data/originals/</c>,
/// every document's metadata and directive citations in <c>data/documents.jsonl</c> (each line with the
/// <c>original</c> it was read from), and the manifests that let any BagIt tool check them. Streamed one
/// file at a time and hashed as it is written: what is held grows only with the number of files (the
/// manifest and the names taken, about 200 bytes a file), never with their size.
/// </summary>
public static class BagExport
{
    public const string Originals = "data/originals/";
    public const string DocumentsFile = "data/documents.jsonl";

    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);
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
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            Directory.CreateDirectory(Path.Combine(temporary, Originals));
            var summary = WriteAsync(index, (path, _) => ValueTask.FromResult<Stream>(new FileStream(
                    Path.Combine(temporary, path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024)),
                now ?? DateTimeOffset.Now, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(temporary, target);
            return summary with { Bag = target };
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Writes the bag as a ZIP onto <paramref name="output"/> (which need not seek), inside one folder named
    /// <paramref name="root"/> as RFC 8493 §4.2 asks of a serialized bag. The stream is left open.
    /// </summary>
    public static async Task<BagSummary> WriteZipAsync(
        ArchiveIndex index, Stream output, string root, DateTimeOffset now, CancellationToken cancellation = default)
    {
        await using var pending = new PendingWrites(output);
        BagSummary summary;
        var zip = await ZipArchive.CreateAsync(
            pending, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellation);
        await using (zip)
        {
            summary = await WriteAsync(index, async (path, token) =>
            {
                // Fastest: the sources are text, which it still shrinks to about a third, at several times the speed.
                var entry = zip.CreateEntry($"{root}/{path}", CompressionLevel.Fastest);
                // The bag's date, not the clock's: one generation is always the same bytes. ZIP's dates begin in 1980.
                entry.LastWriteTime = now < ZipEpoch ? ZipEpoch : now;
                return await entry.OpenAsync(token);
            }, now, cancellation);
        }
        await pending.FlushAsync(cancellation);
        return summary with { Bag = root };
    }

    public static bool IsAbsentOrEmpty(string folder) =>
        !File.Exists(folder) && (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any());

    /// <summary>
    /// One file open at a time (all a ZIP in create mode allows): the originals first, then the JSON lines,
    /// then the manifests, which are known only at the end.
    /// </summary>
    private static async ValueTask<BagSummary> WriteAsync(
        ArchiveIndex index,
        Func<string, CancellationToken, ValueTask<Stream>> create,
        DateTimeOffset now,
        CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var manifest = new MemoryStream();
        var renamed = new List<BagRename>();
        // Only the documents whose original is not at its NFC name: the others' path is computed again.
        var unusual = new Dictionary<string, string?>(StringComparer.Ordinal);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        int documents = 0, files = 0;
        long bytes = 0;
        foreach (var summary in index.Catalog.Documents)
        {
            if (index.FindRaw(summary.Id) is not { } raw)
            {
                unusual[summary.Id] = null;
                continue;
            }
            var name = NameInBag(summary.SourceFile, taken, out var sameNameAs);
            taken[name] = summary.SourceFile;
            if (name != NfcName(summary.SourceFile))
            {
                unusual[summary.Id] = Originals + name;
                renamed.Add(new BagRename(summary.SourceFile, Originals + name, sameNameAs));
            }
            await WriteFileAsync(create, Originals + name, raw, manifest, cancellation);
            bytes += raw.Length;
            files++;
        }
        taken.Clear();

        var newline = "\n"u8.ToArray();
        var lines = await create(DocumentsFile, cancellation);
        using var linesHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (lines)
        {
            foreach (var summary in index.Catalog.Documents)
            {
                if (index.Find(summary.Id) is not { } document) continue;
                var original = unusual.TryGetValue(summary.Id, out var path) ? path
                    : Originals + NfcName(summary.SourceFile);
                var json = Line(document, original);
                await lines.WriteAsync(json, cancellation);
                await lines.WriteAsync(newline, cancellation);
                linesHash.AppendData(json);
                linesHash.AppendData(newline);
                bytes += json.Length + newline.Length;
                documents++;
            }
        }
        AppendLine(manifest, linesHash.GetHashAndReset(), DocumentsFile);
        files++;

        await WriteTagsAsync(index, create, manifest.ToArray(), documents, files, bytes, now, cancellation);
        return new BagSummary(index.Generation, documents, files, bytes, clock.Elapsed, renamed);
    }

    private static string NfcName(string sourceFile) => Path.GetFileName(sourceFile).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The source file's name in NFC, unless that is taken (an NFD spelling of a name already written:
    /// " (2)" before the extension) or begins or ends with white space, which BagIt cannot encode and every
    /// manifest reader trims ("_" in its place). Nothing is lost: each JSON line names its original.
    /// </summary>
    private static string NameInBag(string sourceFile, Dictionary<string, string> taken, out string? sameNameAs)
    {
        var name = NfcName(sourceFile);
        var trimmed = name.Trim();
        if (trimmed.Length != name.Length)
        {
            var start = name.Length - name.TrimStart().Length;
            var end = name.Length - name.TrimEnd().Length;
            name = new string('_', start) + trimmed + new string('_', trimmed.Length == 0 ? 0 : end);
        }
        sameNameAs = taken.GetValueOrDefault(name);
        if (sameNameAs is null) return name;
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}){extension}");
            if (!taken.ContainsKey(candidate)) return candidate;
        }
    }

    /// <summary>The document as the index holds it, and the path of its original in the bag.</summary>
    private static byte[] Line(ArchiveDocument document, string? original)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonFile.Options);
        if (original is null) return json;
        // Spliced before the closing brace rather than a wrapper type: the line stays the model's own shape.
        var field = JsonSerializer.SerializeToUtf8Bytes(original, JsonFile.Options);
        var line = new byte[json.Length + field.Length + 12];
        json.AsSpan(0, json.Length - 1).CopyTo(line);
        var at = json.Length - 1;
        at += Encoding.UTF8.GetBytes(",\"original\":", line.AsSpan(at));
        field.CopyTo(line, at);
        line[at + field.Length] = (byte)'}';
        return line;
    }

    private static async ValueTask WriteFileAsync(
        Func<string, CancellationToken, ValueTask<Stream>> create,
        string path,
        byte[] content,
        MemoryStream? manifest,
        CancellationToken cancellation)
    {
        var stream = await create(path, cancellation);
        await using (stream) await stream.WriteAsync(content, cancellation);
        if (manifest is not null) AppendLine(manifest, SHA256.HashData(content), path);
    }

    private static async ValueTask WriteTagsAsync(
        ArchiveIndex index,
        Func<string, CancellationToken, ValueTask<Stream>> create,
        byte[] manifest,
        int documents,
        int files,
        long bytes,
        DateTimeOffset now,
        CancellationToken cancellation)
    {
        var generation = Path.GetFileName(index.Generation);
        var info = string.Create(CultureInfo.InvariantCulture, $"""
            Source-Organization: Lưu trữ Nội chính
            Bagging-Date: {now:yyyy-MM-dd}
            Payload-Oxum: {bytes}.{files}
            Bag-Size: {Size(bytes)}
            External-Description: {documents} documents of the archive: each source file byte for byte in
              data/originals/, and every document's metadata and directive citations in data/documents.jsonl
            External-Identifier: {generation}
            Archive-Generation: {generation}

            """).ReplaceLineEndings("\n");
        using var tags = new MemoryStream();
        (string Path, byte[] Content)[] tagFiles =
        [
            ("bagit.txt", Utf8.GetBytes("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")),
            ("bag-info.txt", Utf8.GetBytes(info)),
            ("manifest-sha256.txt", manifest),
        ];
        foreach (var (path, content) in tagFiles) await WriteFileAsync(create, path, content, tags, cancellation);
        await WriteFileAsync(create, "tagmanifest-sha256.txt", tags.ToArray(), null, cancellation);
    }

    private static void AppendLine(MemoryStream manifest, byte[] hash, string path) =>
        manifest.Write(Utf8.GetBytes($"{Convert.ToHexStringLower(hash)}  {ManifestPath(path)}\n"));

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
