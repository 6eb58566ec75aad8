using Archive.Directives;

namespace Archive.Web.Pages.Directives;

/// <summary>Every cited directive in a table, sortable by each column (links, no script needed).</summary>
public sealed class IndexModel(IndexLease archive) : PageModel
{
    public static readonly string[] Columns = ["code", "type", "number", "issuer", "date", "body", "documents"];

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "documents";

    [BindProperty(SupportsGet = true)]
    public string Dir { get; set; } = "desc";

    /// <summary>This page of the directives, in the order asked for.</summary>
    public ListPage<DirectiveEntry> Directives { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Columns.Contains(Sort) || Dir is not ("asc" or "desc")) return BadRequest();
        IEnumerable<DirectiveEntry> entries = archive.Index.Directives.Entries;
        Func<DirectiveEntry, IComparable?> key = Sort switch
        {
            "code" => e => e.Code,
            "type" => e => e.Type,
            "number" => e => int.TryParse(e.Number, out var n) ? n : int.MaxValue,
            "issuer" => e => e.Issuer,
            "date" => e => e.Date,
            "body" => e => e.IssuingBody,
            _ => e => e.Documents.Count,
        };
        var ordered = Dir == "asc" ? entries.OrderBy(key) : entries.OrderByDescending(key);
        if (ListPages.Of(ordered.ThenBy(e => e.Slug, StringComparer.Ordinal).ToList(), Request) is not { } page)
            return NotFound();
        Directives = page;
        return Page();
    }

    public string SortLink(string column) =>
        $"/directives?sort={column}&dir={(Sort == column && Dir == "asc" ? "desc" : "asc")}";

    public string? AriaSort(string column) => Sort != column ? null : Dir == "asc" ? "ascending" : "descending";
}
