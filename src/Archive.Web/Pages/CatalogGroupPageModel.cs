namespace Archive.Web.Pages;

/// <summary>An organisation's or a person's page: who they are, and their documents a page at a time.</summary>
public abstract class CatalogGroupPageModel : PageModel
{
    public CatalogGroup Group { get; private set; } = null!;

    /// <summary>This page of the documents, newest first.</summary>
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;

    /// <summary>The organisation or person a slug names; null when there is none.</summary>
    protected abstract CatalogGroup? Find(string? slug);

    public IActionResult OnGet(string? slug)
    {
        if (Find(slug) is not { } found || ListPages.Of(found.Documents, Request) is not { } page) return NotFound();
        Group = found;
        Documents = page;
        return Page();
    }
}
