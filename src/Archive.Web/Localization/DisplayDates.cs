using System.Globalization;
using Archive.Text;

namespace Archive.Web.Localization;

/// <summary>Dates in the reader's language: "Thứ Tư, 31/3/2021" or "Wednesday, 31/3/2021".</summary>
public static class DisplayDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) =>
        SiteLanguages.IsEnglish ? date.ToString("dddd, d/M/yyyy", English) : VietnameseDates.Long(date);

    public static string Short(DateOnly date) => VietnameseDates.Short(date);

    /// <summary>"Năm 2018" or "Year 2018".</summary>
    public static string Year(int year) => SiteLanguages.IsEnglish ? $"Year {year}" : $"Năm {year}";

    /// <summary>
    /// A period facet value ("2018", "2018-07") as a reader reads it: "2018" ("Năm 2018" when
    /// <paramref name="sayYear"/>, where nothing around says it is a year), "Tháng 7/2018".
    /// </summary>
    public static string Period(string value, bool sayYear = false) =>
        !Archive.Search.Periods.TryRead(value, out var first, out _) ? value
        : value.Length == 7 ? Month(first.Year, first.Month)
        : sayYear ? Year(first.Year)
        : value;

    /// <summary>"Tháng 7/2018" or "July 2018".</summary>
    public static string Month(int year, int month) =>
        SiteLanguages.IsEnglish
            ? new DateOnly(year, month, 1).ToString("MMMM yyyy", English)
            : $"Tháng {month}/{year}";

    public static string Published(string iso) =>
        SiteLanguages.IsEnglish && VietnameseDates.DayOf(iso) is { } date
            ? Long(date) + (iso.Length >= 16 ? $", {iso[11..16]}" : "") + (iso.Length > 16 ? $" (UTC{iso[16..]})" : "")
            : VietnameseDates.Published(iso);
}
