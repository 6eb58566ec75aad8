using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.People;

public sealed class IndexModel(IndexLease archive) : PageModel
{
    public ListPage<CatalogGroup> People { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (ListPages.Of(archive.Index.Catalog.People, Request) is not { } page) return NotFound();
        People = page;
        return Page();
    }
}
