namespace Archive.Tests;

/// <summary>Folders of the repository the tests read: the seeds, found by walking up to Archive.sln.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archive-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
