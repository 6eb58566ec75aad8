using System.Globalization;

namespace Archive.Web.Pages.Dates;

/// <summary>
/// "On this day" for any day of the year (`/dates/on/03-15`): what the archive holds of that day in every
/// year, newest first, 200 to a page, with the days before and after.
/// </summary>
public sealed class OnDayModel(IndexLease archive) : PageModel
{
    // A leap year, so that 29 February is a day like the others.
    private const int AnyLeapYear = 2000;

    public DateOnly Day { get; private set; }
    public ListPage<DocumentSummary> Documents { get; private set; } = null!;

    public DateOnly PreviousDay => Day.AddDays(-1);
    public DateOnly NextDay => Day.AddDays(1);

    public IActionResult OnGet(string day)
    {
        if (!DateOnly.TryParseExact(
                $"{AnyLeapYear}-{day}",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var parsed))
            return NotFound();
        Day = parsed;
        if (ListPages.Of(archive.Index.Catalog.OnDay(parsed.Month, parsed.Day), Request) is not { } page)
            return NotFound();
        Documents = page;
        return Page();
    }

    /// <summary>The path of a day's page: MM-dd, the year left out.</summary>
    public static string PathOf(DateOnly day) => $"/dates/on/{day.ToString("MM-dd", CultureInfo.InvariantCulture)}";
}
