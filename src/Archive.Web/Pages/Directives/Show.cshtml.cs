using Archive.Directives;
using Archive.Extraction;
using Archive.Model;
using Archive.Text;
using Archive.Web.Api;

namespace Archive.Web.Pages.Directives;

/// <summary>
/// One directive: its details, each citing document with the sentence that cites it, and its relations
/// from both ends (what it carries out, replaces…; what carries it out, replaces it…). A code cited in
/// several years lists those years instead.
/// </summary>
public sealed class ShowModel(IndexLease archive) : PageModel
{
    /// <summary>
    /// One kind of relation seen from this directive: what it replaces, or (<see cref="Incoming"/>) what
    /// replaces it; a review's years apart, since "sơ kết 5 năm" and "tổng kết 10 năm" are two reviews.
    /// </summary>
    public sealed record RelationGroup(
        RelationKind Kind, int? Years, bool Incoming, IReadOnlyList<DirectiveRelation> Relations)
    {
        /// <summary>The directive at the other end of a relation.</summary>
        public string Other(DirectiveRelation relation) => Incoming ? relation.From : relation.To;
    }

    /// <summary>How many documents report an event doing <see cref="Kind"/> to the directive.</summary>
    public sealed record EventCount(RelationKind Kind, int? Years, int Count);

    /// <summary>
    /// One moment of a directive's history: issued (neither group nor month), a relation stated by a
    /// document (<see cref="Group"/>, <see cref="Other"/>, <see cref="DocumentId"/>), or the documents of
    /// one month citing it (<see cref="Month"/>, <see cref="Count"/>), with how many of them report a meeting
    /// or plan carrying it out, reviewing or continuing it (<see cref="Events"/>).
    /// </summary>
    public sealed record HistoryEvent(
        DateOnly? Date,
        RelationGroup? Group = null,
        string? Other = null,
        string? DocumentId = null,
        DateOnly? Month = null,
        int Count = 0,
        IReadOnlyList<EventCount>? Events = null);

    /// <summary>
    /// Citations on one page (?page=2 for the next): a directive a large archive cites thousands of times would
    /// be megabytes.
    /// </summary>
    public const int CitationsPerPage = 100;

    public DirectiveEntry? Directive { get; private set; }
    /// <summary>The documents' summaries: the province × year grid counts them.</summary>
    public DocumentCatalog Catalog => archive.Index.Catalog;
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
    /// <summary>Outgoing groups first, each side in the order of <see cref="RelationKind"/>.</summary>
    public IReadOnlyList<RelationGroup> Relations { get; private set; } = [];

    /// <summary>Everything that happened to the directive, by date; what has no date last.</summary>
    public IReadOnlyList<HistoryEvent> History { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var registry = archive.Index.Directives;
        var canonical = registry.CanonicalSlug(slug);
        if (canonical is null) return NotFound();
        if (canonical != slug) return RedirectPermanent($"/directives/{canonical}");

        Directive = registry.FindBySlug(slug);
        Code = Directive?.Code ?? registry.Resolve(slug)!.Value.Code;
        // Read once: the citations of a directive come from disk, and the page and its history both use them.
        IReadOnlyList<DirectiveCitation> citations = [];
        if (Directive is null) Years = registry.ForCode(Code);
        else
        {
            citations = registry.CitationsOf(Directive);
            CitationCount = citations.Count;
            var page = Request.Query["page"].ToString();
            if (!QueryNumber.TryRead(page.Length == 0 ? null : page, 1, 1, CitationPageCount, out var number))
                return BadRequest(
                    $"Không có trang này: các trích dẫn của {Code} có {CitationPageCount} trang " +
                    $"(page=1 đến page={CitationPageCount}).");
            CitationPage = number;
            Citations = citations.Skip((CitationPage - 1) * CitationsPerPage).Take(CitationsPerPage).ToList();
        }
        Relations =
        [
            .. Grouped(registry.Outgoing(Code), incoming: false),
            .. Grouped(registry.Incoming(Code), incoming: true),
        ];
        if (Directive is not null) History = HistoryOf(Directive, citations);
        return Page();
    }

    // Citations come a month to a line: a directive cited thousands of times keeps a history one can read.
    private List<HistoryEvent> HistoryOf(DirectiveEntry directive, IReadOnlyList<DirectiveCitation> citations)
    {
        var catalog = archive.Index.Catalog;
        var events = new List<HistoryEvent>();
        if (directive.Date is { } issued) events.Add(new HistoryEvent(issued));
        events.AddRange(Relations.SelectMany(group => group.Relations.SelectMany(relation =>
            relation.Sentences.DistinctBy(said => said.DocumentId).Select(said => new HistoryEvent(
                catalog.Find(said.DocumentId)?.Date, group, group.Other(relation), said.DocumentId)))));
        events.AddRange(citations.Where(c => c.DocumentDate is not null)
            .GroupBy(c => new DateOnly(c.DocumentDate!.Value.Year, c.DocumentDate.Value.Month, 1))
            .Select(month => new HistoryEvent(
                month.Min(c => c.DocumentDate), Month: month.Key, Count: month.Count(), Events: EventsOf(month))));
        // On one day: issued, then what documents said, then the month's count.
        return events.OrderBy(e => e.Date is null).ThenBy(e => e.Date)
            .ThenBy(e => e.Group is not null ? 1 : e.Month is not null ? 2 : 0).ToList();
    }

    private static List<EventCount> EventsOf(IEnumerable<DirectiveCitation> citations) =>
        citations.Where(c => c.Kind is not null)
            .GroupBy(c => (Kind: c.Kind!.Value, c.Years))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Years)
            .Select(g => new EventCount(g.Key.Kind, g.Key.Years, g.Count()))
            .ToList();

    /// <summary>The search for this directive's code in one month: that month's citing documents.</summary>
    public string MonthLink(DateOnly month) => "/search" + SearchParameters.Write(new()
    {
        Query = Code,
        Period = Archive.Search.FacetFilter.AnyOf(Archive.Search.Periods.Month(month.Year, month.Month)),
    });

    private static IEnumerable<RelationGroup> Grouped(IEnumerable<DirectiveRelation> relations, bool incoming) =>
        relations
            .GroupBy(r => (r.Kind, r.Years))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Years)
            .Select(g => new RelationGroup(g.Key.Kind, g.Key.Years, incoming, g.ToList()));

    public string SlugOf(string code) => archive.Index.Directives.CanonicalSlug(code) ?? Slugs.Of(code);

    public string TitleOf(string documentId) => archive.Index.Catalog.Find(documentId)?.Title ?? documentId;
}
