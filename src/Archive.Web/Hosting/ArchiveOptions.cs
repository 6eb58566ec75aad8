using System.ComponentModel.DataAnnotations;

namespace Archive.Web.Hosting;

/// <summary>The `Archive` configuration section (`Archive__SourceDirectory=...` in the environment).</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>
    /// Folder of source *.txt files. A relative path is looked up from the working directory upwards.
    /// </summary>
    [Required]
    public string SourceDirectory { get; set; } = "seeds";

    /// <summary>
    /// Folder the Lucene index is published to; a relative path sits beside the source folder's base.
    /// </summary>
    [Required]
    public string IndexDirectory { get; set; } = Path.Combine("data", "index");

    /// <summary>
    /// The site's public address ("https://archive.example"), written in absolute URLs. Without it they
    /// are root-relative (robots.txt leaves out its Sitemap line), or from the request in Development.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Who answers for the archive: the address OAI-PMH's Identify gives harvesters (`/oai?verb=Identify`).
    /// </summary>
    [EmailAddress]
    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>How often the site looks for a newly published index generation.</summary>
    [Range(0.5, 3600)]
    public double RefreshSeconds { get; set; } = 2;

    /// <summary>Run Lucene's CheckIndex in the background after start, and rebuild if it finds damage.</summary>
    public bool CheckIndexOnStart { get; set; } = true;

    /// <summary>
    /// What runs searches. Only tests set it, to Compare: every search then also runs through stock Lucene.Net
    /// and fails on any difference.
    /// </summary>
    public Archive.Search.SearchEngine SearchEngine { get; set; } = Archive.Search.SearchEngine.Archive;

    /// <summary>
    /// The source and index folders as full paths. `dotnet run --project src/Archive.Web` starts in the
    /// project folder, so a relative source folder is searched for in the working directory and then in
    /// each parent (as git finds .git); the index is placed relative to the same base.
    /// </summary>
    public (string Source, string Index) ResolvePaths()
    {
        if (Path.IsPathRooted(SourceDirectory))
            return (SourceDirectory, Path.GetFullPath(IndexDirectory));
        var start = Directory.GetCurrentDirectory();
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, SourceDirectory)))
                return (
                    Path.GetFullPath(Path.Combine(folder.FullName, SourceDirectory)),
                    Path.GetFullPath(IndexDirectory, folder.FullName));
        }
        return (Path.GetFullPath(SourceDirectory), Path.GetFullPath(IndexDirectory));
    }
}
