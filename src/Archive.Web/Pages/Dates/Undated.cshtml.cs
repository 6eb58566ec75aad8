using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Dates;

/// <summary>Documents with neither a meeting nor a publication date: listed, never hidden.</summary>
public sealed class UndatedModel(IndexLease archive) : PageModel
{
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (ListPages.Of(archive.Index.Catalog.Undated.ToList(), Request) is not { } page) return NotFound();
        Documents = page;
        return Page();
    }
}
