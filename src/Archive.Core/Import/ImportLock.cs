using System.Globalization;

namespace Archive.Import;

/// <summary>Thrown when another import holds the index folder; nothing was written.</summary>
public sealed class ImportRunningException(string message) : Exception(message);

/// <summary>
/// One import at a time per index folder. The lock is an open file with no sharing (an OS lock:
/// flock on Linux and macOS, a share mode on Windows), held for the whole import. The OS drops it
/// when the process ends, however it ends, so a killed import never leaves a lock that blocks the
/// next one; the file itself may stay and means nothing. Who holds it is written to a second file,
/// because a file locked this way cannot be read by anyone else.
/// </summary>
public sealed class ImportLock : IDisposable
{
    public const string LockFile = "import.lock";
    public const string HolderFile = "import.holder";

    private readonly FileStream held;

    private ImportLock(FileStream held) => this.held = held;

    /// <summary>Takes the lock at once, or throws <see cref="ImportRunningException"/> naming the holder.</summary>
    public static ImportLock Take(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        FileStream held;
        try
        {
            held = new FileStream(
                Path.Combine(indexDirectory, LockFile),
                FileMode.OpenOrCreate,
                FileAccess.ReadWrite,
                FileShare.None);
        }
        catch (IOException) when (File.Exists(Path.Combine(indexDirectory, LockFile)))
        {
            throw new ImportRunningException(
                $"Another import into {indexDirectory} is running ({Holder(indexDirectory)}); "
                + "try again when it has finished.");
        }
        var process = Environment.ProcessId;
        var since = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        try
        {
            File.WriteAllText(Path.Combine(indexDirectory, HolderFile), $"pid {process} since {since}");
        }
        catch
        {
            held.Dispose();
            throw;
        }
        return new ImportLock(held);
    }

    /// <summary>True while an import holds the folder (a look only: the lock is not kept).</summary>
    public static bool IsHeld(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, LockFile);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    // Written just after the lock is taken, so a reader may rarely come too early and find the last holder's note or
    // none.
    private static string Holder(string indexDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(indexDirectory, HolderFile)).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    public void Dispose() => held.Dispose();
}
