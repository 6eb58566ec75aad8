using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.People;

public sealed class IndexModel(ArchiveHost archive) : PageModel
{
    public IReadOnlyList<CatalogGroup> People { get; } = archive.Index.Catalog.People;
}
