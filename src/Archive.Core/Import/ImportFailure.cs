
namespace Archive.Import;

/// <summary>
/// Says in one sentence why an import failed on a file system problem (a full disk, an unreadable or
/// vanished folder), for the command line and the site's log, instead of a stack trace. The import
/// publishes nothing when it fails, so the message also says what is still served.
/// </summary>
public static class ImportFailure
{
    // ENOSPC and EDQUOT on Linux (.NET puts errno in HResult on Unix); ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on
    // Windows.
    private const double IndexPerSourceByte = 3.5;

    private static readonly int[] DiskFull = [28, 122, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    /// <summary>
    /// The file system error behind an import failure: the exception itself or one it wraps (parsing runs in parallel).
    /// </summary>
    public static Exception? FileSystemCause(Exception failure) => failure switch
    {
        IOException or UnauthorizedAccessException => failure,
        AggregateException many =>
            many.Flatten().InnerExceptions.Select(FileSystemCause).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => FileSystemCause(inner),
        _ => null,
    };

    public static bool IsDiskFull(Exception cause) => cause is IOException && DiskFull.Contains(cause.HResult);

    /// <summary>One message: what went wrong, where, and that the live generation (if any) still serves.</summary>
    public static string Explain(Exception cause, string sourceDirectory, string indexDirectory)
    {
        var live = Generations.Live(indexDirectory);
        var serving = live is null
            ? "There is no index yet."
            : $"Nothing was published: the archive still serves {Path.GetFileName(live)}.";
        if (!IsDiskFull(cause))
            return $"The import from {sourceDirectory} into {indexDirectory} failed: {cause.Message} {serving}";

        var sources = Directory.Exists(sourceDirectory)
            ? Directory.EnumerateFiles(sourceDirectory, "*.txt").Sum(f => new FileInfo(f).Length)
            : 0;
        // 3.36 MB of index per MB of real source text (docs/performance.md, "Index size and import").
        return $"The disk holding {indexDirectory} is full ({Megabytes(FreeSpace(indexDirectory))} free; " +
               $"a full import of {Megabytes(sources)} of sources needs about " +
               $"{Megabytes((long)(sources * IndexPerSourceByte))}). " +
               $"{serving} Free some space and run the import again.";
    }

    private static long FreeSpace(string folder)
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / 1e6:0.0} MB";
}
