using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>
/// A publication dateline on a line of its own, in the forms outlets and feeds print:
/// "Thứ Tư, 31/03/2021, 17:07 [GMT+7]", "30/06/2020 10:22", "Cập nhật: 03-12-2024 | 13:28:29",
/// "Thứ Sáu, ngày 20 tháng 1 năm 2023", "25 tháng 11 2024", "Mon, 03 Jun 2024 09:10:00 +0700",
/// "2024-06-03T02:10:00Z", "2018-08-17 12:31:00".
/// </summary>
internal static partial class Dateline
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private const string Labels = @"cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|thời\s+gian|xuất\s+bản";
    private const string Weekday = @"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật";

    [GeneratedRegex($@"^(?<label>(?:{Labels})(?:\s+lúc)?\s*:?\s*)?" +
                    $@"(?<weekday>(?:{Weekday}|cn)\s*[,\-–]?\s*)?" +
                    @"(?:(?<h>\d{1,2})[:h](?<min>\d{2})\s*[,\-–|]?\s*)?" +
                    @"(?:(?:ngày\s+)?(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})" +
                    @"|(?:ngày\s+)?(?<d>\d{1,2})\s+(?<words>tháng)\s+(?<m>\d{1,2})\s*,?\s*(?:năm\s+)?(?<y>\d{4}))" +
                    @"(?:\s*[,\-–|]?\s*(?:lúc\s+)?(?<h>\d{1,2})[:h](?<min>\d{2})(?::(?<s>\d{2}))?)?" +
                    @"(?:\s*[\[(]?\s*(?:GMT|UTC)\s*(?<oh>[+\-]\d{1,2})(?::?(?<om>\d{2}))?\s*[\])]?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vietnamese();

    // RSS and e-mail headers: "Mon, 03 Jun 2024 09:10:00 +0700".
    private const string EnglishDays = "mon|tue|wed|thu|fri|sat|sun";
    private const string EnglishMonths = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

    [GeneratedRegex(@"^(?:(?:" + EnglishDays + @")[a-z]*\s*,\s*)?" +
                    @"(?<d>\d{1,2})\s+(?<mon>" + EnglishMonths + @")[a-z]*\s+(?<y>\d{4})" +
                    @"\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?" +
                    @"\s*(?:(?<oh>[+\-]\d{2})(?<om>\d{2})|(?<utc>gmt|ut|utc|z))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rfc2822();

    // ISO 8601 and its SQL cousin with a space for the "T": "2025-09-05T06:26:38+0700", "2018-08-17 12:31:00".
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})" +
                    @"(?:(?<t>[T ])(?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?" +
                    @"\s*(?:(?<utc>Z)|(?<oh>[+\-]\d{2}):?(?<om>\d{2}))?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    // A stamp glued before the lead: "Thứ hai, 24/06/2024 - 14:30'. (BLC) - Ngày 24/6, ...". Only with a time,
    // which a lead opening with its event's date ("Ngày 09/01/2017, Ban Thường vụ ...") never has.
    [GeneratedRegex($@"^(?:(?:{Weekday})\s*,\s*)?" +
                    @"\d{1,2}/\d{1,2}/\d{4}\s*[,\-–|]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(GMT\+7\))?(?=['’.\s])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampBeforeLead();

    // A byline before the stamp: "HẠ MÂY - Thứ bảy, 31/08/2024 08:18 (GMT+7)".
    [GeneratedRegex(@"^[^\d]{2,40}?\s[-–]\s")]
    private static partial Regex NameBeforeStamp();

    /// <summary>The line as ISO 8601 ("2021-03-31T17:07+07:00", "2020-06-30T10:22", "2018-07-17").</summary>
    public static bool TryParse(string line, out string iso) => TryParse(line, out iso, out _);

    /// <summary>
    /// The line as ISO 8601, and the rule that read it ("published: dateline RFC 2822"). A written offset
    /// other than Vietnam's is converted to +07:00, so the first ten characters are the Vietnam-local day.
    /// </summary>
    public static bool TryParse(string line, out string iso, out string rule)
    {
        iso = "";
        rule = "";
        line = line.Trim();
        if (line.Length > 80) return false;

        if (Rfc2822().Match(line) is { Success: true } rfc)
        {
            var monthName = rfc.Groups["mon"].Value.ToLowerInvariant();
            var month = "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(monthName, StringComparison.Ordinal) / 3 + 1;
            rule = "published: dateline RFC 2822";
            return TryStamp(rfc, month, out iso);
        }
        if (Iso8601().Match(line) is { Success: true } isoMatch)
        {
            rule = isoMatch.Groups["t"].Value == " "
                ? "published: dateline SQL datetime"
                : "published: dateline ISO 8601";
            return TryStamp(isoMatch, Int(isoMatch, "m"), out iso);
        }
        if (Vietnamese().Match(line) is { Success: true } vietnamese)
        {
            rule = "published: dateline " + VietnameseForm(vietnamese);
            return TryStamp(vietnamese, Int(vietnamese, "m"), out iso);
        }
        return false;
    }

    /// <summary>
    /// The timestamp an outlet prints for its article near the top of the body: a line of its own
    /// ("22:48 09/01/2025", "13 tháng 6 2024"), after a byline ("HẠ MÂY - Thứ bảy, 31/08/2024 08:18 (GMT+7)"),
    /// or glued before the lead. The span is where the stamp stands in the line.
    /// </summary>
    public static bool TryFindInBody(string line, out string iso, out string rule, out int start, out int length)
    {
        (start, length) = (0, line.Length);
        if (TryParse(line, out iso, out rule)) return true;
        if (NameBeforeStamp().Match(line) is { Success: true } name && TryParse(line[name.Length..], out iso, out rule))
        {
            (start, length) = (name.Length, line.Length - name.Length);
            return true;
        }
        if (StampBeforeLead().Match(line) is { Success: true } stamp && TryParse(stamp.Value, out iso, out rule))
        {
            (start, length) = (0, stamp.Length);
            return true;
        }
        return false;
    }

    private static string VietnameseForm(Match match)
    {
        var form = match.Groups["words"].Success
            ? "date in words"
            : $"d{match.Groups["sep"].Value}m{match.Groups["sep"].Value}yyyy";
        if (match.Groups["h"].Success) form += " h:mm";
        if (match.Groups["weekday"].Success) form = "weekday, " + form;
        if (match.Groups["label"].Success)
            form = $"“{match.Groups["label"].Value.Trim().TrimEnd(':').Trim()}:” " + form;
        return form;
    }

    private static bool TryStamp(Match match, int month, out string iso)
    {
        iso = "";
        var day = Int(match, "d");
        var year = Int(match, "y");
        if (year is < 1945 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        iso = $"{year:0000}-{month:00}-{day:00}";
        if (!match.Groups["h"].Success) return true;

        var hour = Int(match, "h");
        var minute = Int(match, "min");
        var second = match.Groups["s"].Success ? Int(match, "s") : 0;
        if (hour > 23 || minute > 59 || second > 59) return true; // keep the date, distrust the time
        var time = match.Groups["s"].Success ? "HH:mm:ss" : "HH:mm";
        var local = new DateTime(year, month, day, hour, minute, second);
        if (Offset(match) is not { } offset)
        {
            iso = local.ToString("yyyy-MM-dd'T'" + time, CultureInfo.InvariantCulture);
            return true;
        }
        // The archive's days are Vietnam's: 20:00 UTC is already the next morning in Hà Nội.
        var vietnam = new DateTimeOffset(local, offset).ToOffset(VietnamOffset);
        iso = vietnam.ToString("yyyy-MM-dd'T'" + time, CultureInfo.InvariantCulture) + "+07:00";
        return true;
    }

    private static TimeSpan? Offset(Match match)
    {
        if (match.Groups["utc"].Success) return TimeSpan.Zero;
        if (!match.Groups["oh"].Success) return null;
        var hours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["om"].Success ? Int(match, "om") : 0;
        if (Math.Abs(hours) > 14 || minutes > 59) return null;
        var sign = match.Groups["oh"].Value.StartsWith('-') ? -1 : 1;
        return new TimeSpan(hours, sign * minutes, 0);
    }

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
