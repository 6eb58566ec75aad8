using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Organisations;

/// <summary>An organisation's meetings and documents, newest first.</summary>
public sealed class ShowModel(IndexLease archive) : PageModel
{
    public CatalogGroup Organisation { get; private set; } = null!;

    /// <summary>This page of the documents, newest first.</summary>
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;

    public IActionResult OnGet(string? slug)
    {
        var found = archive.Index.Catalog.FindOrganisation(slug);
        if (found is null) return NotFound();
        if (ListPages.Of(found.Documents, Request) is not { } page) return NotFound();
        Organisation = found;
        Documents = page;
        return Page();
    }
}
