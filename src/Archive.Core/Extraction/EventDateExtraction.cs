using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Extraction;

/// <summary>
/// The day the reported happening took place, as the lead states it: "Chiều 31/3/2021", "sáng 12-6",
/// "Chiều 3.9", "Sáng nay (15/8)", "Trong các ngày 4 và 5-10". Never a date that belongs to a cited
/// directive, a deadline, a range's start, a score or an amount. The year comes only from evidence tied to
/// the event or the article: the date's own year, the published date, or the period the lead's sentence
/// names ("6 tháng đầu năm 2020"); a year merely mentioned is never used.
/// </summary>
internal static partial class EventDateExtraction
{
    /// <summary>
    /// The event's date, or its day and month alone when no year is evidenced; where it was read
    /// (<see cref="At"/>: the paragraph and the date's offset in it, also for a day and month alone, so the
    /// organisation can be read from the same sentence).
    /// </summary>
    internal sealed record Found(
        DateOnly? Date,
        string? DayMonth,
        Evidence? Evidence,
        Gap? Gap,
        (int Paragraph, int Start)? At = null)
    {
        public static readonly Found None = new(null, null, null, null);
    }

    // What stands right before a date that dates a happening: a time of day, "ngày", "hôm", "nay",
    // optionally with an opening bracket ("Sáng nay (15/8)"), or nothing at all at the paragraph's start.
    private const string TimeOfDay =
        @"(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm|khuya)(?:\s+sớm)?"
        + @"(?:\s+(?:nay|qua|mai|hôm\s+nay|hôm\s+qua))?(?:\s+ngày)?";
    private const string TagBeforeDate = @"^(?:\([^)]{1,30}\)|[\p{Lu}.]{2,12})?\s*[-–]?\s*$";

    [GeneratedRegex(
        $@"(?:^|[\s(,;:\-–])(?:{TimeOfDay}|hôm(?:\s+(?:nay|qua))?|ngày|nay)\s*\(?\s*$|{TagBeforeDate}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventFrame();

    // Dates that are not the happening: a deadline or a range's start ("trước ngày 5.5", "tính đến ngày
    // 31/12/2023", "từ 1/1/2025"), a birth, or a cited document's date written without a code.
    private const string LimitWords = @"\b(?:từ|đến|tới|trước|sau|hết|hạn|sinh)|kỷ\s+niệm";
    private const string DocumentKinds =
        @"thông\s+cáo|nghị\s+quyết|quyết\s+định|chỉ\s+thị|kết\s+luận|thông\s+tư|nghị\s+định|công\s+văn|"
        + @"văn\s+bản|kế\s+hoạch|thông\s+báo|luật|quy\s+định";

    [GeneratedRegex(
        $@"(?:{LimitWords}|(?:{DocumentKinds})(?:\s+số)?(?:\s+\S+)?)"
            + @"\s+(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\(?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotTheHappening();

    // "3.9 tỷ", "2-1 tuổi", "8-10 giờ", "12-6/QĐ": amounts, ages, hours and codes, not days.
    private const string Units =
        @"tỷ|triệu|nghìn|ngàn|%|km|m2|m|kg|tấn|đồng|usd|ha|tuổi|giờ|h\b|phút|người|điểm|âm\s+lịch";

    [GeneratedRegex($@"^\s*(?:{Units})|^[/\-]\p{{L}}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotADay();

    // A photo caption left among the paragraphs: "... cháy rừng tại Hy Lạp ngày 12/8/2024. (Ảnh: Reuters)".
    [GeneratedRegex(@"\((?:ảnh|nguồn)\s*:[^)]*\)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // A lead that reports its happening as recent ("vừa ban hành", "mới đây") has told us it gives no day.
    [GeneratedRegex(@"\b(?:vừa|mới\s+đây|vừa\s+qua)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recently();

    // Background, not the news: "Trước đó, ngày 5/7, ...".
    [GeneratedRegex(
        @"^(?:trước\s+đó|trước\s+đây|năm\s+ngoái)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Background();

    // The period a meeting reviews, named in its sentence: "6 tháng đầu năm 2020", "6 tháng cuối năm 2019",
    // "tháng 7-2024", "quý II/2023".
    private const string FirstMonths = @"(?<months>\d{1,2})\s+tháng\s+đầu\s+năm";
    private const string LastMonths = @"(?<rest>\d{1,2})\s+tháng\s+cuối\s+năm";
    private const string Month = @"tháng\s+(?<month>\d{1,2})\s*(?:[/\-]|năm)";
    private const string Quarter = @"quý\s+(?<quarter>I{1,3}|IV|[1-4])\s*[/\-]";

    [GeneratedRegex(
        "(?:" + FirstMonths + "|" + LastMonths + "|" + Month + "|" + Quarter + @")\s*(?<y>(?:19|20)\d\d)(?![\d\-–])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodYear();

    // "Hôm nay", "sáng nay" with no date: the day of publication.
    [GeneratedRegex(
        @"\b(?:hôm|sáng|chiều|tối|trưa)\s+nay\b(?!\s*\(?\s*\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    public static Found Find(
        IReadOnlyList<string> paragraphs,
        DateOnly? published,
        IReadOnlyList<DirectiveReference> directives)
    {
        // The lead first; a feed's snippet or an outlet's sapo can stand before the article's own lead.
        for (var i = 0; i < paragraphs.Count && i < 4; i++)
        {
            if (PhotoCredit().IsMatch(paragraphs[i])) continue;
            var sentences = Sentences.Split(paragraphs[i]);
            foreach (var sentence in sentences.Take(i == 0 ? 2 : 1))
            {
                if (Background().IsMatch(sentence)) continue;
                var offset = paragraphs[i].IndexOf(sentence, StringComparison.Ordinal);
                foreach (Match match in DateExpressions.DayMonth().Matches(sentence))
                {
                    if (!DatesAHappening(sentence, match, directives)) continue;
                    if (DateExpressions.Parts(match) is not { } parts) continue;
                    var found = Dated(parts, match, sentence, published, paragraphs[i], i, offset + match.Index);
                    if (found is not null) return found;
                }
            }
            if (i == 0 && Recently().IsMatch(sentences.Count > 0 ? sentences[0] : "")) break;
        }
        return Today(paragraphs, published);
    }

    private static Found? Dated(
        (int Day, int Month, int? Year) parts,
        Match match,
        string sentence,
        DateOnly? published,
        string paragraph,
        int index,
        int start)
    {
        var asWritten = match.Value;
        DateOnly date;
        string rule;
        if (parts.Year is { } written)
        {
            date = new DateOnly(written, parts.Month, parts.Day);
            rule = $"eventDate: lead “{asWritten}”";
        }
        else if (published is { } p)
        {
            date = NearestTo(p, parts.Day, parts.Month);
            rule = $"eventDate: lead “{asWritten}” + year of published";
        }
        else if (YearOfThePeriod(sentence, parts.Month, parts.Day) is { } periodYear)
        {
            date = new DateOnly(periodYear.Year, parts.Month, parts.Day);
            rule = $"eventDate: lead “{asWritten}” + year of “{periodYear.AsWritten}”";
        }
        else
        {
            return new Found(
                null,
                $"--{parts.Month:00}-{parts.Day:00}",
                null,
                new Gap("eventDate", "no year", asWritten),
                (index, start));
        }

        // A reported happening has taken place by publication, and lately: "Quốc khánh 2/9" ahead, or
        // "Ngày 18/8/2020, ông X được bổ nhiệm" in a 2024 article, is not the news.
        if (published is { } at && (date > at.AddDays(2) || date < at.AddDays(-183))) return null;
        return new Found(
            date,
            null,
            Evidence.In(EvidencePart.Paragraph, index, paragraph, start, match.Length, "eventDate",
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rule),
            null,
            (index, start));
    }

    private static bool DatesAHappening(string sentence, Match date, IReadOnlyList<DirectiveReference> directives)
    {
        var before = sentence[..date.Index];
        var after = sentence[(date.Index + date.Length)..];
        if (date.Value.StartsWith("ngày", StringComparison.OrdinalIgnoreCase)) before += " ngày";
        // "Từ ngày 6 đến 8/1, Ủy ban đã họp" spans the happening; "từ 1/1/2025" alone is a start, not an event.
        var notTheHappening = NotTheHappening().Match(before);
        var spansTheHappening = date.Groups["list"].Success
            && notTheHappening.Value.TrimStart().StartsWith("từ", StringComparison.OrdinalIgnoreCase);
        return EventFrame().IsMatch(before)
            && (!notTheHappening.Success || spansTheHappening)
            && !NotADay().IsMatch(after)
               && !InsideDirectiveMention(sentence, date, directives);
    }

    /// <summary>
    /// The year that puts the day nearest the publication: "28/12" in an article of 3 January is last year's.
    /// </summary>
    private static DateOnly NearestTo(DateOnly published, int day, int month)
    {
        DateOnly? best = null;
        foreach (var year in new[] { published.Year - 1, published.Year, published.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            var distance = Math.Abs(candidate.DayNumber - published.DayNumber);
            if (best is null || distance < Math.Abs(best.Value.DayNumber - published.DayNumber))
                best = candidate;
        }
        return best!.Value;
    }

    /// <summary>
    /// "Ngày 17/7, ... giao ban 6 tháng đầu năm 2020": the period's year, or the next when the day comes
    /// before the period ends ("Ngày 2/1, giao ban tháng 12/2023" is in 2024).
    /// </summary>
    private static (int Year, string AsWritten)? YearOfThePeriod(string sentence, int month, int day)
    {
        var periods = PeriodYear().Matches(sentence);
        if (periods.Select(p => p.Groups["y"].Value).Distinct().Count() != 1) return null;
        var period = periods[0];
        var year = int.Parse(period.Groups["y"].Value, CultureInfo.InvariantCulture);
        // A plan for the rest of the year is laid out within it.
        if (period.Groups["rest"].Success) return day > DateTime.DaysInMonth(year, month) ? null : (year, period.Value);
        var lastMonth = period.Groups["months"].Success
            ? int.Parse(period.Groups["months"].Value, CultureInfo.InvariantCulture)
            : period.Groups["month"].Success ? int.Parse(period.Groups["month"].Value, CultureInfo.InvariantCulture)
            : 3 * QuarterNumber(period.Groups["quarter"].Value);
        if (lastMonth is < 1 or > 12) return null;
        if (month < lastMonth) year++;
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return (year, period.Value);
    }

    private static int QuarterNumber(string quarter) => quarter.ToUpperInvariant() switch
    {
        "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4,
    };

    /// <summary>"Lễ khai giảng hôm nay được tổ chức" with no date: the day of publication.</summary>
    private static Found Today(IReadOnlyList<string> paragraphs, DateOnly? published)
    {
        if (published is not { } day || paragraphs.Count == 0) return Found.None;
        var lead = paragraphs[0];
        var leadEnd = Sentences.Split(lead).Take(2).Sum(s => s.Length + 1);
        if (Today().Match(lead) is not { Success: true } today || today.Index > leadEnd) return Found.None;
        var evidence = Evidence.In(EvidencePart.Paragraph, 0, lead, today.Index, today.Length, "eventDate",
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"eventDate: lead “{today.Value}” = day of published");
        return new Found(day, null, evidence, null, (0, today.Index));
    }

    private static bool InsideDirectiveMention(
        string sentence,
        Match date,
        IReadOnlyList<DirectiveReference> directives)
    {
        foreach (var directive in directives)
        {
            var at = sentence.IndexOf(directive.Mention, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (date.Index < at + directive.Mention.Length && at < date.Index + date.Length) return true;
                at = sentence.IndexOf(directive.Mention, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }
}
