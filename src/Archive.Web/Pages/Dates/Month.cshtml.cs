namespace Archive.Web.Pages.Dates;

/// <summary>
/// One month: a calendar with meeting days marked and linked, and the list, in pages of
/// <see cref="ListPages.Size"/> (a day's link goes to the page that holds it).
/// </summary>
public sealed class MonthModel(IndexLease archive) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;
    /// <summary>This page's documents by day.</summary>
    public ILookup<int, DocumentSummary> ByDay { get; private set; } =
        Enumerable.Empty<DocumentSummary>().ToLookup(d => 0);
    /// <summary>Each day of the month with documents: how many, and the page its list begins on.</summary>
    public IReadOnlyDictionary<int, (int Count, int Page)> Days { get; private set; } =
        new Dictionary<int, (int, int)>();

    /// <summary>Weeks of the month, Monday first as Vietnamese calendars print them; null pads the edges.</summary>
    public IReadOnlyList<int?[]> Weeks { get; private set; } = [];

    public DateOnly PreviousMonth => new DateOnly(Year, Month, 1).AddMonths(-1);
    public DateOnly NextMonth => new DateOnly(Year, Month, 1).AddMonths(1);

    public IActionResult OnGet(int year, int month)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12) return NotFound();
        (Year, Month) = (year, month);
        var all = archive.Index.Catalog.In(year, month).OrderBy(d => d.Date).ToList();
        if (ListPages.Of(all, Request) is not { } page) return NotFound();
        Documents = page;
        ByDay = page.Items.ToLookup(d => d.Date!.Value.Day);
        Days = all.Select((d, i) => (d.Date!.Value.Day, Page: i / ListPages.Size + 1)).GroupBy(d => d.Day)
            .ToDictionary(g => g.Key, g => (g.Count(), g.First().Page));

        var weeks = new List<int?[]>();
        var week = new int?[7];
        var first = new DateOnly(year, month, 1);
        var column = ((int)first.DayOfWeek + 6) % 7;
        for (var day = 1; day <= DateTime.DaysInMonth(year, month); day++, column++)
        {
            if (column == 7)
            {
                weeks.Add(week);
                (week, column) = (new int?[7], 0);
            }
            week[column] = day;
        }
        weeks.Add(week);
        Weeks = weeks;
        return Page();
    }
}
