using System.Globalization;
using System.IO.Hashing;

namespace Archive.Import;

/// <summary>One file of a generation as the import wrote it.</summary>
public sealed record GenerationFile(string Name, long Bytes, string XxHash128);

/// <summary>
/// Whether a generation is still what its import wrote: every file (Lucene's segments, the catalog,
/// the registry) is listed with its size and XXH128 checksum in the manifest, which is written last.
/// XXH128, not SHA-256: this finds damage, not forgery (anyone who can write the files can write the
/// manifest), and it checks a whole index in a small part of the time SHA-256 takes, which the site
/// spends on every start (docs/performance.md, "Index size and import"). A truncated
/// segment or a damaged catalog is found here, before anything reads it, instead of as a 500 on every page.
/// </summary>
public static class GenerationIntegrity
{
    // Lucene's lock file is left behind by the writer and means nothing once it is closed.
    private static readonly HashSet<string> NotListed = [ImportManifest.FileName, "write.lock"];

    /// <summary>Every file of a finished generation, hashed.</summary>
    public static IReadOnlyList<GenerationFile> Describe(string generation) =>
        Directory.EnumerateFiles(generation)
            .Where(path => !NotListed.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => new GenerationFile(Path.GetFileName(path), new FileInfo(path).Length, Hash(path)))
            .ToList();

    /// <summary>
    /// What is wrong with a generation, or null when every file it lists is there, of its size and hash.
    /// </summary>
    public static string? DamageIn(string generation)
    {
        if (!File.Exists(Path.Combine(generation, ImportManifest.FileName)))
            return $"{ImportManifest.FileName} is missing";
        var manifest = ImportManifest.Read(generation, out var unreadable);
        if (manifest is null) return $"{ImportManifest.FileName} cannot be read ({unreadable})";
        // Made before checksums were kept: nothing to compare with (the extractor version makes it be rebuilt anyway).
        if (manifest.Contents is null) return null;
        foreach (var file in manifest.Contents)
        {
            var path = Path.Combine(generation, file.Name);
            try
            {
                if (!File.Exists(path)) return $"{file.Name} is missing";
                var bytes = new FileInfo(path).Length;
                if (bytes != file.Bytes)
                    return string.Create(
                        CultureInfo.InvariantCulture,
                        $"{file.Name} is {bytes:N0} bytes, the import wrote {file.Bytes:N0}");
                if (Hash(path) != file.XxHash128) return $"{file.Name} does not match its checksum";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{file.Name} cannot be read ({e.Message})";
            }
        }
        return null;
    }

    private static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
