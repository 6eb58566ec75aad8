namespace Archive.Web.Pages.Dates;

/// <summary>
/// One year: its months, each with its first meetings and a link to the month's page for the rest, so
/// the page stays a dozen short lists however many documents a year holds.
/// </summary>
public sealed class YearModel(IndexLease archive) : PageModel
{
    /// <summary>How many documents of each month the year's page lists.</summary>
    public const int PerMonth = 10;

    public int Year { get; private set; }
    public IReadOnlyList<IGrouping<int, DocumentSummary>> Months { get; private set; } = [];
    public int? PreviousYear { get; private set; }
    public int? NextYear { get; private set; }

    public IActionResult OnGet(int year)
    {
        if (year is < 1900 or > 2100) return NotFound();
        Year = year;
        Months = archive.Index.Catalog.In(year).GroupBy(d => d.Date!.Value.Month).OrderBy(g => g.Key).ToList();
        var years = archive.Index.Catalog.Years().Select(y => y.Year).ToList();
        PreviousYear = years.Where(y => y < year).Cast<int?>().LastOrDefault();
        NextYear = years.Where(y => y > year).Cast<int?>().FirstOrDefault();
        return Page();
    }
}
