using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Organisations;

public sealed class IndexModel(IndexLease archive) : PageModel
{
    public ListPage<CatalogGroup> Organisations { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (ListPages.Of(archive.Index.Catalog.Organisations, Request) is not { } page) return NotFound();
        Organisations = page;
        return Page();
    }
}
