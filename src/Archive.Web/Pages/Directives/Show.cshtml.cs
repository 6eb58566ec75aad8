using Archive.Directives;
using Archive.Web.Api;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Directives;

/// <summary>
/// One directive: its details, each citing document with the sentence that cites it, and its lineage
/// (what it carries out, what carries it out). A code cited in several years lists those years instead.
/// </summary>
public sealed class ShowModel(ArchiveHost archive) : PageModel
{
    public DirectiveEntry? Directive { get; private set; }
    public IReadOnlyList<DirectiveCitation> Citations { get; private set; } = [];
    /// <summary>When the code names different directives in different years: each of them.</summary>
    public IReadOnlyList<DirectiveEntry> Years { get; private set; } = [];
    public string Code { get; private set; } = "";
    public IReadOnlyList<DirectiveLink> CarriesOut { get; private set; } = [];
    public IReadOnlyList<DirectiveLink> CarriedOutBy { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var registry = archive.Index.Directives;
        var canonical = DirectivesApi.Canonical(registry, slug);
        if (canonical is null) return NotFound();
        if (canonical != slug) return RedirectPermanent($"/directives/{canonical}");

        Directive = registry.FindBySlug(slug);
        Code = Directive?.Code ?? registry.Resolve(slug)!.Value.Code;
        if (Directive is null) Years = registry.ForCode(Code);
        else Citations = registry.CitationsOf(Directive);
        CarriesOut = registry.CarriesOutOf(Code).ToList();
        CarriedOutBy = registry.CarriedOutBy(Code).ToList();
        return Page();
    }

    public string SlugOf(string code) => DirectivesApi.Canonical(archive.Index.Directives, code) ?? DirectiveRegistry.Slug(code);

    public string TitleOf(string documentId) => archive.Index.Catalog.Find(documentId)?.Title ?? documentId;
}
