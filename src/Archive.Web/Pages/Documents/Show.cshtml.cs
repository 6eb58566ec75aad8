using Archive.Model;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Documents;

/// <summary>One document: its text beside its metadata.</summary>
public sealed class ShowModel(ArchiveHost archive) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ArchiveDocument Document { get; private set; } = null!;

    public IReadOnlyList<ArchiveDocument> Related { get; private set; } = [];

    public IActionResult OnGet()
    {
        var document = archive.Index.Find(Id);
        if (document is null) return NotFound();
        Document = document;
        Related = archive.Index.Related(document.Id);
        return Page();
    }
}
