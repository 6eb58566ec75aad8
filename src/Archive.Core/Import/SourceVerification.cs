using System.Security.Cryptography;

namespace Archive.Import;

/// <summary>What `archive verify` found: every source file re-hashed against the SHA-256 recorded at import.</summary>
public sealed record VerificationReport(
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Added,
    int Verified)
{
    public bool Clean => Missing.Count == 0 && Changed.Count == 0 && Added.Count == 0;
}

public static class SourceVerification
{
    /// <summary>Reads every byte again (no shortcut on size or time): an archive's proof that nothing moved.</summary>
    public static VerificationReport Verify(ImportManifest manifest, string sourceDirectory)
    {
        var recorded = manifest.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var present = Directory.Exists(sourceDirectory)
            ? FolderImport.SourceFiles(sourceDirectory).ToDictionary(p => Path.GetFileName(p), StringComparer.Ordinal)
            : [];
        var changed = new List<string>();
        var verified = 0;
        foreach (var (name, path) in present.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!recorded.TryGetValue(name, out var known)) continue;
            string hash;
            try
            {
                hash = FolderImport.ReadBytes(path).Bytes is { } bytes
                    ? Convert.ToHexStringLower(SHA256.HashData(bytes))
                    : "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash = "";
            }
            if (hash == known.Sha256) verified++;
            else changed.Add(name);
        }
        return new VerificationReport(
            recorded.Keys.Where(name => !present.ContainsKey(name)).Order(StringComparer.Ordinal).ToList(),
            changed,
            present.Keys.Where(name => !recorded.ContainsKey(name)).Order(StringComparer.Ordinal).ToList(),
            verified);
    }
}
