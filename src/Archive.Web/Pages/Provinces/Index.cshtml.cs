namespace Archive.Web.Pages.Provinces;

public sealed class IndexModel(IndexLease archive) : ListPageModel<CatalogGroup>
{
    protected override IReadOnlyList<CatalogGroup> All() => archive.Index.Catalog.Provinces;
}
