using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Organisations;

public sealed class IndexModel(ArchiveHost archive) : PageModel
{
    public IReadOnlyList<CatalogGroup> Organisations { get; } = archive.Index.Catalog.Organisations;
}
