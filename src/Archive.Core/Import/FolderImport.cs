using System.Globalization;
using Archive.Extraction;
using Archive.Model;

namespace Archive.Import;

/// <summary>A file the import could not take, and why.</summary>
public sealed record SkippedFile(string File, string Reason);

/// <summary>A file imported with something to note: damaged bytes, no body, no date.</summary>
public sealed record FileWarning(string File, string Warning)
{
    /// <summary>What kind of warning it is, without its details: "short body" of "short body: 32 words …".</summary>
    public static string Kind(string warning) => warning.IndexOf(':') is > 0 and var colon ? warning[..colon] : warning;
}

/// <summary>One parsed source file: the document and the bytes it came from.</summary>
public sealed record ImportedFile(ArchiveDocument Document, byte[] Bytes);

/// <summary>
/// Reads every *.txt in a folder. A file that cannot be read or parsed is reported by name and
/// skipped; the rest of the folder is imported.
/// </summary>
public static class FolderImport
{
    /// <summary>
    /// The largest source file read: 4 MB, over a hundred times the longest of 15,432 real articles
    /// (35 KB). A larger one is skipped with its size in the reason: each search that hit a file of
    /// hundreds of megabytes took seconds, and each view of its page gigabytes.
    /// </summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>Reads and parses one file; a problem is reported, never thrown.</summary>
    public static (ImportedFile? Imported, SkippedFile? Skipped) ReadOne(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var (bytes, refused) = ReadBytes(path);
            if (bytes is null) return (null, new SkippedFile(name, refused!));
            var (document, problem) = DocumentParser.Parse(name, bytes);
            return document is not null
                ? (new ImportedFile(document, bytes), null)
                : (null, new SkippedFile(name, problem ?? "unknown problem"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new SkippedFile(name, $"cannot be read: {e.Message}"));
        }
        catch (Exception e)
        {
            // An extraction bug must cost one file, not the import.
            return (null, new SkippedFile(name, $"could not be parsed: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>
    /// The bytes of a source file, or why it is not read: only a regular file (or a link to one) of at
    /// most <paramref name="maxBytes"/> is. Decided from its metadata before opening it, since opening
    /// a FIFO waits for a writer for ever and a device such as /dev/zero never ends. .NET tells no file
    /// type but directory, so the size says it: a FIFO, device or socket has none. Reads at most
    /// maxBytes + 1 bytes whatever the size said, so a file that grows meanwhile cannot fill memory.
    /// An I/O error is thrown.
    /// </summary>
    public static (byte[]? Bytes, string? Refused) ReadBytes(string path, int maxBytes = MaxFileBytes)
    {
        var file = Target(path);
        if (!file.Exists)
            return (
                null,
                Directory.Exists(file.FullName)
                    ? "is a directory, not a file"
                    : $"cannot be read: {file.FullName} does not exist");
        if (file.Length == 0)
            return (null, "has no bytes: an empty file, or not a regular file (a FIFO, device or socket), not opened");
        if (file.Length > maxBytes) return (null, TooLarge(file.Length, maxBytes));

        using var stream = new FileStream(
            file.FullName,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            bufferSize: 0,
            FileOptions.SequentialScan);
        using var content = new MemoryStream((int)file.Length);
        var chunk = new byte[64 * 1024];
        while (content.Length <= maxBytes
            && stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1L - content.Length)) is > 0 and var count)
            content.Write(chunk, 0, count);
        return content.Length > maxBytes
            ? (null, TooLarge(content.Length, maxBytes, grew: true))
            : (content.ToArray(), null);
    }

    /// <summary>
    /// The file a path names, through any symbolic links (a link's own size and time are the link's).
    /// </summary>
    public static FileInfo Target(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo ?? new FileInfo(path);
        }
        catch (IOException)
        {
            // A loop of links: opening it fails too, and that is reported as the file's reason.
            return new FileInfo(path);
        }
    }

    private static string TooLarge(long bytes, int maxBytes, bool grew = false) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"too large: {(grew ? "grew past" : $"{bytes:N0} bytes, over")} the limit of {maxBytes:N0} bytes "
            + $"({maxBytes / (1024 * 1024)} MB)");

    /// <summary>Parses the folder's files in name order, one at a time; ids are made unique.</summary>
    public static IEnumerable<(ImportedFile? Imported, SkippedFile? Skipped)> Read(string folder)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in SourceFiles(folder))
        {
            var (imported, skipped) = ReadOne(path);
            if (imported is not null)
                imported = imported with { Document = DocumentParser.WithUniqueId(imported.Document, ids.Add) };
            yield return (imported, skipped);
        }
    }
}
