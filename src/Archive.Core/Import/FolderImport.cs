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
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>Reads and parses one file; a problem is reported, never thrown.</summary>
    public static (ImportedFile? Imported, SkippedFile? Skipped) ReadOne(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var (document, problem) = DocumentParser.Parse(name, bytes);
            return document is not null ? (new ImportedFile(document, bytes), null) : (null, new SkippedFile(name, problem ?? "unknown problem"));
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
