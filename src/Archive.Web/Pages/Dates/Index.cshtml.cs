namespace Archive.Web.Pages.Dates;

/// <summary>Years with their number of documents.</summary>
public sealed class IndexModel(IndexLease archive) : PageModel
{
    public IReadOnlyList<(int Year, int Count)> Years { get; } = archive.Index.Catalog.Years();
    public int Undated { get; } = archive.Index.Catalog.Undated.Count();
}
