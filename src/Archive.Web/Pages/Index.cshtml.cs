using Archive.Directives;

namespace Archive.Web.Pages;

/// <summary>What the archive holds, at a glance, with the ways in: dates, directives, search.</summary>
public sealed class IndexModel(IndexLease archive) : PageModel
{
    public const int Latest = 10;

    private DocumentCatalog Catalog => archive.Index.Catalog;

    public int DocumentCount => Catalog.Documents.Count;
    public int DirectiveCount => archive.Index.Directives.Entries.Count;
    public int OrganisationCount => Catalog.Organisations.Count;
    public DateOnly? First => Catalog.Dated.Count > 0 ? Catalog.Dated[0].Date : null;
    public DateOnly? Last => Catalog.Dated.Count > 0 ? Catalog.Dated[^1].Date : null;
    public IReadOnlyList<(int Year, int Count)> Years => Catalog.Years();
    public int MaxPerYear => Years.Count == 0 ? 1 : Years.Max(y => y.Count);
    public IEnumerable<DocumentSummary> LatestMeetings => Catalog.Dated.TakeLast(Latest).Reverse();

    public IEnumerable<DirectiveEntry> MostCited => archive.Index.Directives.Entries
        .OrderByDescending(e => e.Documents.Count).ThenBy(e => e.Code, StringComparer.Ordinal).Take(5);
}
