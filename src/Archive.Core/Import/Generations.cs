using System.Globalization;

namespace Archive.Import;

/// <summary>
/// The index folder holds generations, each a complete index (gen-…), and a small file `current`
/// naming the live one. An import writes a new generation and then replaces `current` with one
/// atomic rename: readers see the old index or the new one, never a half-written one, and a failed
/// or killed import leaves the live generation as it was.
/// </summary>
public static class Generations
{
    public const string PointerFile = "current";
    private const string Prefix = "gen-";

    /// <summary>The live generation's folder, or null when the index folder has none.</summary>
    public static string? Live(string indexDirectory)
    {
        var pointer = Path.Combine(indexDirectory, PointerFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
            return null;
        var generation = Path.Combine(indexDirectory, name);
        return Directory.Exists(generation) ? generation : null;
    }

    /// <summary>A new, empty generation folder beside the live one.</summary>
    public static string NewGeneration(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var name = $"{Prefix}{stamp}-{Guid.NewGuid():N}"[..(Prefix.Length + 28)];
        return Directory.CreateDirectory(Path.Combine(indexDirectory, name)).FullName;
    }

    /// <summary>
    /// The generation to serve: the live one when every file matches its checksum, else the newest
    /// other finished generation that does (the one the last import replaced), with why the live one
    /// was passed over. Null when there is none. Reads the whole live generation.
    /// </summary>
    public static ServableGeneration Choose(string indexDirectory)
    {
        var live = Live(indexDirectory);
        string? problem = null;
        if (live is not null)
        {
            if (GenerationIntegrity.DamageIn(live) is not { } damage) return new ServableGeneration(live, null);
            problem = $"{Path.GetFileName(live)} is damaged: {damage}";
        }
        else if (File.Exists(Path.Combine(indexDirectory, PointerFile)))
        {
            problem = $"'{PointerFile}' names no generation of this folder";
        }
        return new ServableGeneration(NewestWhole(indexDirectory, live), problem);
    }

    /// <summary>
    /// The newest finished generation, but those given, whose every file matches its checksum; null when there is none.
    /// </summary>
    public static string? NewestWhole(string indexDirectory, params string?[] except) =>
        Finished(indexDirectory).FirstOrDefault(g => !except.Contains(g) && GenerationIntegrity.DamageIn(g) is null);

    /// <summary>Generations whose import finished (it wrote the manifest last), newest first.</summary>
    public static IEnumerable<string> Finished(string indexDirectory) =>
        Directory.Exists(indexDirectory)
            ? Directory.EnumerateDirectories(indexDirectory, Prefix + "*")
                .Where(g => File.Exists(Path.Combine(g, ImportManifest.FileName)))
                .OrderDescending(StringComparer.Ordinal)
            : [];

    /// <summary>
    /// Makes a generation live and removes every other generation but <paramref name="keep"/>, the good
    /// one it replaces: readers may still hold it, and it is what the site falls back to if the new one
    /// is damaged. A generation `current` did not name (garbage in it, or damage) is never lost this way,
    /// since the import keeps the good one it started from.
    /// </summary>
    public static void Publish(string indexDirectory, string generation, string? keep)
    {
        var pointer = Path.Combine(indexDirectory, PointerFile);
        var temporary = pointer + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, Path.GetFileName(generation));
        File.Move(temporary, pointer, overwrite: true);

        foreach (var folder in Directory.EnumerateDirectories(indexDirectory, Prefix + "*"))
        {
            if (folder == generation || folder == keep) continue;
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Removes what an interrupted import left behind: generations it never finished, and temporary
    /// pointers. Only under the import lock, so no import is writing them.
    /// </summary>
    public static void RemoveAbandoned(string indexDirectory)
    {
        if (!Directory.Exists(indexDirectory)) return;
        var live = Live(indexDirectory);
        var finished = Finished(indexDirectory).ToHashSet();
        foreach (var folder in Directory.EnumerateDirectories(indexDirectory, Prefix + "*"))
        {
            if (folder != live && !finished.Contains(folder)) TryDelete(folder);
        }
        // Temporary pointers of a publish that did not finish ("current.<guid>"; the pattern also matches "current").
        var leftovers = Directory
            .EnumerateFiles(indexDirectory, PointerFile + ".*")
            .Where(f => Path.GetFileName(f) != PointerFile);
        foreach (var file in leftovers)
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

/// <summary>What to serve from an index folder, and why it is not the live generation when it is not.</summary>
public sealed record ServableGeneration(string? Generation, string? Problem);
