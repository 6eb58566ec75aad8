namespace Archive.Web.Pages.People;

public sealed class IndexModel(IndexLease archive) : ListPageModel<CatalogGroup>
{
    protected override IReadOnlyList<CatalogGroup> All() => archive.Index.Catalog.People;
}
