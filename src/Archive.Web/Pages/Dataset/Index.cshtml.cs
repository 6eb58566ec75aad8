namespace Archive.Web.Pages.Dataset;

/// <summary>The whole archive to take away: what the bag holds and the link to it.</summary>
public sealed class IndexModel(IndexLease archive) : PageModel
{
    public int Documents => archive.Index.Catalog.Documents.Count;

    public long SourceBytes => archive.SourceBytes;

    public DateOnly? Imported => archive.ImportedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;

    public string FileName => BagDownload.Name(archive) + ".zip";

    public string Generation => Path.GetFileName(archive.Index.Generation);
}
