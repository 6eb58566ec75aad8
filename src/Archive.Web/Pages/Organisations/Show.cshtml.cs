namespace Archive.Web.Pages.Organisations;

/// <summary>An organisation's meetings and documents, newest first.</summary>
public sealed class ShowModel(IndexLease archive) : CatalogGroupPageModel
{
    protected override CatalogGroup? Find(string? slug) => archive.Index.Catalog.FindOrganisation(slug);
}
