using System.Globalization;

namespace Archive.Index;

/// <summary>
/// The index folder holds generations, each a complete index (gen-…), and a small file `current`
/// naming the live one. An import writes a new generation and then replaces `current` with one
/// atomic rename: readers see the old index or the new one, never a half-written one, and a failed
/// or killed import leaves the live generation as it was.
/// </summary>
public static class IndexLocation
{
    public const string PointerFile = "current";
    private const string Prefix = "gen-";

    /// <summary>The live generation's folder, or null when the index folder has none.</summary>
    public static string? Live(string indexDirectory)
    {
        var pointer = Path.Combine(indexDirectory, PointerFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\')) return null;
        var generation = Path.Combine(indexDirectory, name);
        return Directory.Exists(generation) ? generation : null;
    }

    /// <summary>A new, empty generation folder beside the live one.</summary>
    public static string NewGeneration(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var name = $"{Prefix}{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..(Prefix.Length + 28)];
        return Directory.CreateDirectory(Path.Combine(indexDirectory, name)).FullName;
    }

    /// <summary>
    /// Makes a generation live, then removes generations older than the one it replaced (that one
    /// stays a while for readers that still hold it).
    /// </summary>
    public static void Publish(string indexDirectory, string generation)
    {
        var previous = Live(indexDirectory);
        var pointer = Path.Combine(indexDirectory, PointerFile);
        var temporary = pointer + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, Path.GetFileName(generation));
        File.Move(temporary, pointer, overwrite: true);

        foreach (var folder in Directory.EnumerateDirectories(indexDirectory, Prefix + "*"))
        {
            if (folder == generation || folder == previous) continue;
            TryDelete(folder);
        }
    }

    /// <summary>Removes generations an interrupted import left behind (neither live nor just replaced).</summary>
    public static void RemoveAbandoned(string indexDirectory, TimeSpan olderThan)
    {
        if (!Directory.Exists(indexDirectory)) return;
        var live = Live(indexDirectory);
        foreach (var folder in Directory.EnumerateDirectories(indexDirectory, Prefix + "*"))
        {
            if (folder != live && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow - olderThan) TryDelete(folder);
        }
        // Temporary pointers of a publish that did not finish ("current.<guid>"; the pattern also matches "current").
        foreach (var file in Directory.EnumerateFiles(indexDirectory, PointerFile + ".*").Where(f => Path.GetFileName(f) != PointerFile))
            File.Delete(file);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // In use or already gone: the next publish tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
