using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Import;

/// <summary>
/// What an index was built from, written beside it: the source files (name, size, time, hash), what
/// was skipped, which build of the extractor made it, and every file of the generation with its
/// checksum (<see cref="GenerationIntegrity"/>). Lets a start-up tell cheaply whether the index is
/// current without re-parsing anything. Written last: a generation without one is unfinished.
/// </summary>
public sealed record ImportManifest(
    string ExtractorVersion,
    string SourceDirectory,
    DateTimeOffset ImportedAt,
    int Documents,
    IReadOnlyList<ImportManifest.SourceFile> Files,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<FileWarning>? Warnings = null,
    IReadOnlyList<GenerationFile>? Contents = null)
{
    public const string FileName = "manifest.json";

    public sealed record SourceFile(string Name, long Bytes, DateTime LastWriteUtc, string Sha256);

    /// <summary>
    /// Changes whenever Archive.Core's sources do (their hashes are stamped into the assembly at build),
    /// and only then: the same code rebuilt keeps its index.
    /// </summary>
    public static string CurrentExtractorVersion { get; } =
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            typeof(ImportManifest).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "ExtractorSources")?.Value
            ?? typeof(ImportManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N"))))[..32];

    public static SourceFile Describe(string path, byte[]? bytes = null)
    {
        var info = FolderImport.Target(path);
        var name = Path.GetFileName(path);
        try
        {
            bytes ??= FolderImport.ReadBytes(path).Bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = null;
        }
        // A file not read (a dangling link, no permission, a FIFO, too large) is still one of the folder's
        // files: recorded, so that one bad file neither fails the import nor leaves the index stale for ever.
        return bytes is null
            ? new SourceFile(name, Unreadable, info.LastWriteTimeUtc, "")
            : new SourceFile(
                name,
                bytes.LongLength,
                info.LastWriteTimeUtc,
                Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private const long Unreadable = -1;

    /// <summary>The manifest of the live generation in an index folder (or of a generation folder itself).</summary>
    public static ImportManifest? Load(string indexDirectory) =>
        Read(Generations.Live(indexDirectory) ?? indexDirectory, out _);

    /// <summary>A generation's manifest; null, with the reason, when it is missing or damaged.</summary>
    public static ImportManifest? Read(string generation, out string? problem)
    {
        var path = Path.Combine(generation, FileName);
        problem = null;
        if (!File.Exists(path))
        {
            problem = "missing";
            return null;
        }
        try
        {
            return JsonFile.Read<ImportManifest>(path) is { Files: not null, Skipped: not null } manifest
                ? manifest
                : throw new JsonException("it lists no files");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return null;
        }
    }

    public void Save(string indexDirectory) =>
        JsonFile.Write(Path.Combine(indexDirectory, FileName), this);

    /// <summary>
    /// Why the index no longer matches the folder, or null when it does. Compares names, sizes and
    /// times; re-hashes only a file whose time moved.
    /// </summary>
    public string? StaleBecause(string sourceDirectory)
    {
        if (ExtractorVersion != CurrentExtractorVersion) return "the importer has changed since the last import";
        var recorded = Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var current = FolderImport.SourceFiles(sourceDirectory).ToList();
        if (current.Count != recorded.Count)
            return $"the folder holds {current.Count} files, the index {recorded.Count}";
        foreach (var path in current)
        {
            if (!recorded.TryGetValue(Path.GetFileName(path), out var known)) return $"{Path.GetFileName(path)} is new";
            if (!IsUnchanged(path, known)) return $"{known.Name} has changed";
        }
        return null;
    }

    /// <summary>Same size and time as recorded, or the same bytes (hashed only when the time moved).</summary>
    public static bool IsUnchanged(string path, SourceFile known)
    {
        var info = FolderImport.Target(path);
        if ((known.Bytes == Unreadable ? Describe(path).Bytes : info.Length) != known.Bytes) return false;
        return info.LastWriteTimeUtc == known.LastWriteUtc || Describe(path).Sha256 == known.Sha256;
    }
}
