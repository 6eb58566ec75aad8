namespace Archive.Web.Pages.People;

/// <summary>A person: the roles the documents give them, and those documents by date.</summary>
public sealed class ShowModel(IndexLease archive) : CatalogGroupPageModel
{
    protected override CatalogGroup? Find(string? slug) => archive.Index.Catalog.FindPerson(slug);
}
