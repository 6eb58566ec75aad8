namespace Archive.Web.Pages.Organisations;

public sealed class IndexModel(IndexLease archive) : ListPageModel<CatalogGroup>
{
    protected override IReadOnlyList<CatalogGroup> All() => archive.Index.Catalog.Organisations;
}
