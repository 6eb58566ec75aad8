using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Import;

/// <summary>
/// A publication dateline on a line of its own: "Thứ Tư, 31/03/2021, 17:07 [GMT+7]",
/// "30/06/2020 10:22", "17/07/2018", "Thứ Sáu, ngày 20 tháng 1 năm 2023".
/// </summary>
internal static partial class Dateline
{
    [GeneratedRegex(@"^(?:(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|thời\s+gian|xuất\s+bản)\s*:?\s*)?" +
                    @"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn)\s*[,\-–]?\s*)?" +
                    @"(?:(?<h>\d{1,2})[:h](?<min>\d{2})\s*[,\-–|]?\s*)?" +
                    @"(?:(?:ngày\s+)?(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})" +
                    @"|ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*,?\s*năm\s+(?<y>\d{4}))" +
                    @"(?:\s*[,\-–|]?\s*(?:lúc\s+)?(?<h>\d{1,2})[:h](?<min>\d{2})(?::(?<s>\d{2}))?)?" +
                    @"(?:\s*[\[(]?\s*(?:GMT|UTC)\s*(?<oh>[+\-]\d{1,2})(?::?(?<om>\d{2}))?\s*[\])]?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The line as ISO 8601 ("2021-03-31T17:07+07:00", "2020-06-30T10:22", "2018-07-17").</summary>
    public static bool TryParse(string line, out string iso) => TryParse(line, out iso, out _);

    /// <summary>The line as ISO 8601, and the rule that read it ("published: dateline dd/mm/yyyy hh:mm").</summary>
    public static bool TryParse(string line, out string iso, out string rule)
    {
        iso = "";
        rule = "published: dateline d/m/yyyy";
        if (line.Length > 80) return false;
        var match = Pattern().Match(line.Trim());
        if (!match.Success) return false;

        var day = Int(match, "d");
        var month = Int(match, "m");
        var year = Int(match, "y");
        if (year is < 1945 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        iso = $"{year:0000}-{month:00}-{day:00}";
        if (!match.Groups["h"].Success) return true;

        var hour = Int(match, "h");
        var minute = Int(match, "min");
        if (hour > 23 || minute > 59) return true; // keep the date, distrust the time
        iso += $"T{hour:00}:{minute:00}";
        if (match.Groups["s"].Success) iso += $":{Int(match, "s"):00}";
        if (match.Groups["oh"].Success)
        {
            var offsetHours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
            var offsetMinutes = match.Groups["om"].Success ? Int(match, "om") : 0;
            if (Math.Abs(offsetHours) <= 14 && offsetMinutes < 60)
                iso += $"{(offsetHours < 0 || match.Groups["oh"].Value.StartsWith('-') ? '-' : '+')}{Math.Abs(offsetHours):00}:{offsetMinutes:00}";
        }
        return true;
    }

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
