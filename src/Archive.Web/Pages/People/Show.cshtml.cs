namespace Archive.Web.Pages.People;

/// <summary>A person: the roles the documents give them over time, and those documents by date.</summary>
public sealed class ShowModel(IndexLease archive) : CatalogGroupPageModel
{
    protected override CatalogGroup? Find(string? slug) => archive.Index.Catalog.FindPerson(slug);

    /// <summary>The person's roles over time, from the documents that name them.</summary>
    public IReadOnlyList<RoleSpan> Roles => roles ??= RoleHistory.Of(Group);

    private IReadOnlyList<RoleSpan>? roles;
}
