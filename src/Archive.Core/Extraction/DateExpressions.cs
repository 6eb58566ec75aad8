using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>
/// Reads the ways Vietnamese news writes a date: "31/3/2021", "09-01-2017", "ngày 20 tháng 1 năm 2023".
/// </summary>
internal static partial class DateExpressions
{
    /// <summary>
    /// A day and month, with the year when written. Numeric or spelled out with "tháng". A list of days
    /// before one month ("4 và 5-10", "28 và 29/10", "15-16/8", "6 đến 8/1") is read as its first day.
    /// </summary>
    private const string ListOfDays = @"(?<list>\s*(?:,|và|&|-|–|đến(?:\s+ngày)?)\s*\d{1,2})+";
    private const string NotMoreDigits = @"(?!\d)(?![/.\-]\d)";

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})" + ListOfDays + @"\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})" + NotMoreDigits +
                    @"|(?<!\d)(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})(?:\s*\k<sep>\s*(?<y>\d{4}))?" +
                    NotMoreDigits +
                    @"|\bngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?<y>\d{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DayMonth();

    /// <summary>The parts of a day-month match, when they make a real day of some year.</summary>
    internal static (int Day, int Month, int? Year)? Parts(Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month)) return null;
        if (year is < 1945 or > 2100) return null;
        return (day, month, year);
    }

    internal static DateOnly? ToDate(Match match)
    {
        var parts = Parts(match);
        return parts is { Year: { } year } ? new DateOnly(year, parts.Value.Month, parts.Value.Day) : null;
    }
}
