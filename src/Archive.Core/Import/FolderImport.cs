using Archive.Model;

namespace Archive.Import;

/// <summary>A file the import could not take, and why.</summary>
public sealed record SkippedFile(string File, string Reason);

/// <summary>One parsed source file: the document and the bytes it came from.</summary>
public sealed record ImportedFile(ArchiveDocument Document, byte[] Bytes);

/// <summary>
/// Reads every *.txt in a folder. A file that cannot be read or parsed is reported by name and
/// skipped; the rest of the folder is imported.
/// </summary>
public static class FolderImport
{
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>Parses the folder's files in name order, one at a time.</summary>
    public static IEnumerable<(ImportedFile? Imported, SkippedFile? Skipped)> Read(string folder)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in SourceFiles(folder))
        {
            var name = Path.GetFileName(path);
            ImportedFile? imported = null;
            string? problem;
            try
            {
                var bytes = File.ReadAllBytes(path);
                var (document, reason) = DocumentParser.Parse(name, bytes);
                problem = reason;
                if (document is not null)
                {
                    // Ids carry a hash of the file name; on the rare clash, lengthen it deterministically.
                    var id = document.Id;
                    for (var n = 2; !ids.Add(id); n++) id = $"{document.Id}-{n}";
                    imported = new ImportedFile(document with { Id = id }, bytes);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot be read: {e.Message}";
            }
            catch (Exception e)
            {
                // An extraction bug must cost one file, not the import.
                problem = $"could not be parsed: {e.GetType().Name}: {e.Message}";
            }
            yield return imported is not null ? (imported, null) : (null, new SkippedFile(name, problem ?? "unknown problem"));
        }
    }
}
