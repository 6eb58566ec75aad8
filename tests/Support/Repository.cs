using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Support;

/// <summary>The repository the tests run from, and its seed documents.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    /// <summary>The shared, read-only copy of the seeds kept next to the repository.</summary>
    public static string SharedSeedsFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static IEnumerable<string> SeedFiles =>
        Directory.EnumerateFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal);

    public static string SeedPath(string prefix) =>
        Directory.EnumerateFiles(SeedsFolder, prefix + "*.txt").Single();

    public static ArchiveDocument ParseSeed(string prefix)
    {
        var path = SeedPath(prefix);
        var (document, problem) = DocumentParser.Parse(Path.GetFileName(path), File.ReadAllBytes(path));
        Assert.True(document is not null, $"{path} was not imported: {problem}");
        return document;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No Archive.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archive-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

/// <summary>Documents the tests write themselves, parsed as the importer would.</summary>
internal static class Parsing
{
    public static ArchiveDocument Parse(string text, string fileName = "test.txt") =>
        Parse(System.Text.Encoding.UTF8.GetBytes(text), fileName);

    public static ArchiveDocument Parse(byte[] bytes, string fileName = "test.txt")
    {
        var (document, problem) = DocumentParser.Parse(fileName, bytes);
        Assert.True(document is not null, $"not imported: {problem}");
        return document;
    }

    /// <summary>Lines joined with "\n", so a test reads as the file would.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);
}
