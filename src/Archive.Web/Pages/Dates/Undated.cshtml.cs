namespace Archive.Web.Pages.Dates;

/// <summary>Documents with neither a meeting nor a publication date: listed, never hidden.</summary>
public sealed class UndatedModel(IndexLease archive) : ListPageModel<DocumentSummary>
{
    protected override IReadOnlyList<DocumentSummary> All() => archive.Index.Catalog.Undated.ToList();
}
