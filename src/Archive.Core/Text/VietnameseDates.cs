using System.Globalization;

namespace Archive.Text;

/// <summary>Dates written the Vietnamese way: "Thứ Tư, 31/3/2021".</summary>
public static class VietnameseDates
{
    private static readonly string[] Weekdays =
        ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>Today's date in Vietnam (UTC+7, no daylight saving), whatever the server's time zone.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static string Long(DateOnly date) => $"{Weekdays[(int)date.DayOfWeek]}, {Short(date)}";

    public static string Short(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    /// <summary>
    /// The day of an ISO 8601 stamp ("2021-03-31T17:07+07:00" → 2021-03-31); null when it is not one.
    /// </summary>
    public static DateOnly? DayOf(string? stamp) =>
        stamp is { Length: >= 10 } && DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", out var date) ? date : null;

    /// <summary>An ISO publication stamp ("2021-03-31T17:07+07:00") as "Thứ Tư, 31/3/2021, 17:07 (GMT+7)".</summary>
    public static string Published(string iso)
    {
        if (DayOf(iso) is not { } date) return iso;
        var text = Long(date);
        if (iso.Length >= 16) text += $", {iso[11..16]}";
        if (iso.Length > 16 && iso[^6] is '+' or '-')
        {
            var offset = iso[^6..];
            var hours = int.Parse(offset[1..3], CultureInfo.InvariantCulture);
            var minutes = offset[4..] == "00" ? "" : ":" + offset[4..];
            text += $" (GMT{offset[0]}{hours}{minutes})";
        }
        return text;
    }
}
