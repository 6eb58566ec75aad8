using Archive.Directives;
using Archive.Extraction;
using Archive.Text;
using Archive.Web.Api;

namespace Archive.Web.Pages.Directives;

/// <summary>
/// One directive: its details, each citing document with the sentence that cites it, and its lineage
/// (what it carries out, what carries it out). A code cited in several years lists those years instead.
/// </summary>
public sealed class ShowModel(IndexLease archive) : PageModel
{
    /// <summary>
    /// Citations on one page (?page=2 for the next): a directive a large archive cites thousands of times would
    /// be megabytes.
    /// </summary>
    public const int CitationsPerPage = 100;

    public DirectiveEntry? Directive { get; private set; }
    /// <summary>This page's citations, oldest document first.</summary>
    public IReadOnlyList<DirectiveCitation> Citations { get; private set; } = [];
    public int CitationCount { get; private set; }
    public int CitationPage { get; private set; } = 1;
    public int CitationPageCount => Math.Max(1, (CitationCount + CitationsPerPage - 1) / CitationsPerPage);
    /// <summary>The number, counted over all pages, of this page's first citation.</summary>
    public int FirstCitationNumber => (CitationPage - 1) * CitationsPerPage + 1;
    /// <summary>When the code names different directives in different years: each of them.</summary>
    public IReadOnlyList<DirectiveEntry> Years { get; private set; } = [];
    public string Code { get; private set; } = "";
    public IReadOnlyList<DirectiveRelation> CarriesOut { get; private set; } = [];
    public IReadOnlyList<DirectiveRelation> CarriedOutBy { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var registry = archive.Index.Directives;
        var canonical = registry.CanonicalSlug(slug);
        if (canonical is null) return NotFound();
        if (canonical != slug) return RedirectPermanent($"/directives/{canonical}");

        Directive = registry.FindBySlug(slug);
        Code = Directive?.Code ?? registry.Resolve(slug)!.Value.Code;
        if (Directive is null) Years = registry.ForCode(Code);
        else
        {
            var citations = registry.CitationsOf(Directive);
            CitationCount = citations.Count;
            var page = Request.Query["page"].ToString();
            if (!QueryNumber.TryRead(page.Length == 0 ? null : page, 1, 1, CitationPageCount, out var number))
                return BadRequest(
                    $"Không có trang này: các trích dẫn của {Code} có {CitationPageCount} trang " +
                    $"(page=1 đến page={CitationPageCount}).");
            CitationPage = number;
            Citations = citations.Skip((CitationPage - 1) * CitationsPerPage).Take(CitationsPerPage).ToList();
        }
        CarriesOut = registry.Outgoing(Code).Where(r => r.Kind == RelationKind.CarriesOut).ToList();
        CarriedOutBy = registry.Incoming(Code).Where(r => r.Kind == RelationKind.CarriesOut).ToList();
        return Page();
    }

    public string SlugOf(string code) => archive.Index.Directives.CanonicalSlug(code) ?? Slugs.Of(code);

    public string TitleOf(string documentId) => archive.Index.Catalog.Find(documentId)?.Title ?? documentId;
}
