using Archive.Directives;

namespace Archive.Web.Pages.Provinces;

/// <summary>A province's documents, newest first, and the directives they cite most.</summary>
public sealed class ShowModel(IndexLease archive) : CatalogGroupPageModel
{
    private const int MaxDirectives = 30;

    protected override CatalogGroup? Find(string? slug) => archive.Index.Catalog.FindProvince(slug);

    /// <summary>The directives this province's documents cite, the most cited first, with how many cite each.</summary>
    public IReadOnlyList<(DirectiveEntry Directive, int Documents)> Directives
    {
        get
        {
            var ours = Group.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            return archive.Index.Directives.Entries
                .Select(e => (Directive: e, Documents: e.Documents.Count(ours.Contains)))
                .Where(e => e.Documents > 0)
                .OrderByDescending(e => e.Documents).ThenBy(e => e.Directive.Code, StringComparer.Ordinal)
                .Take(MaxDirectives)
                .ToList();
        }
    }
}
