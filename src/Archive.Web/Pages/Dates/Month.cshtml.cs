using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Dates;

/// <summary>One month: a calendar with meeting days marked and linked, and the list.</summary>
public sealed class MonthModel(ArchiveHost archive) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];
    public ILookup<int, DocumentSummary> ByDay { get; private set; } = Enumerable.Empty<DocumentSummary>().ToLookup(d => 0);

    /// <summary>Weeks of the month, Monday first as Vietnamese calendars print them; null pads the edges.</summary>
    public IReadOnlyList<int?[]> Weeks { get; private set; } = [];

    public DateOnly PreviousMonth => new DateOnly(Year, Month, 1).AddMonths(-1);
    public DateOnly NextMonth => new DateOnly(Year, Month, 1).AddMonths(1);

    public IActionResult OnGet(int year, int month)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12) return NotFound();
        (Year, Month) = (year, month);
        Documents = archive.Index.Catalog.In(year, month);
        ByDay = Documents.ToLookup(d => d.Date!.Value.Day);

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
