using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.People;

/// <summary>A person: the roles the documents give them, and those documents by date.</summary>
public sealed class ShowModel(IndexLease archive) : PageModel
{
    public CatalogGroup Person { get; private set; } = null!;

    /// <summary>This page of the documents, newest first.</summary>
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;

    public IActionResult OnGet(string? slug)
    {
        var found = archive.Index.Catalog.FindPerson(slug);
        if (found is null) return NotFound();
        if (ListPages.Of(found.Documents, Request) is not { } page) return NotFound();
        Person = found;
        Documents = page;
        return Page();
    }
}
