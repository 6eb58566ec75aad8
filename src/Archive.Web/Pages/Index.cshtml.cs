using Archive.Index;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The archive's documents, newest meeting first.</summary>
public sealed class IndexModel(ArchiveHost archive) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DocumentPage Documents { get; private set; } = new(0, 1, PageSize, []);

    public int PageCount => Math.Max(1, (Documents.Total + PageSize - 1) / PageSize);

    public IActionResult OnGet()
    {
        if (PageNumber < 1 || PageNumber > 100_000) return BadRequest();
        Documents = archive.Index.List(PageNumber, PageSize);
        return Page();
    }
}
