namespace Archive.Web.Pages.People;

/// <summary>
/// A name: the one person it stands for, or the namesakes their roles and places tell apart, each with
/// their roles over time; and every document naming it by date.
/// </summary>
public sealed class ShowModel(IndexLease archive) : CatalogGroupPageModel
{
    /// <summary>How many of a namesake's documents their section lists before pointing to the full list.</summary>
    public const int ListedPerPerson = 10;

    protected override CatalogGroup? Find(string? slug) => archive.Index.Catalog.FindPerson(slug);

    /// <summary>The people this name stands for, most documents first.</summary>
    public IReadOnlyList<NamedPerson> People => archive.Index.Catalog.PeopleNamed(Group);

    /// <summary>The spellings of the name the documents use, when there are several.</summary>
    public IReadOnlyList<string> Spellings => People.SelectMany(p => p.Spellings).Distinct().ToList();

    /// <summary>A person's roles over time, from the documents that name them.</summary>
    public static IReadOnlyList<RoleSpan> Roles(NamedPerson person) => RoleHistory.Of(person);
}
