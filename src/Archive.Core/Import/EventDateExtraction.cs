using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Import;

/// <summary>
/// The day the meeting was held or the document issued: the date the lead sentence opens with
/// ("Chiều 31/3/2021", "Ngày 17/7", "Chiều ngày 16/7"), never a date that belongs to a cited directive.
/// </summary>
internal static partial class EventDateExtraction
{
    /// <summary>The event's date, or its day and month alone when no year is evidenced; where it was read.</summary>
    internal sealed record Found(DateOnly? Date, string? DayMonth, Evidence? Evidence, Gap? Gap)
    {
        public static readonly Found None = new(null, null, null, null);
    }

    // A later paragraph can still open with the event: "Sáng 20/1, ...".
    [GeneratedRegex(@"^(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng|hôm\s+nay|hôm\s+qua)(?:\s+nay|\s+qua|\s+mai)?\s*\(?\s*)?(?:ngày\s+)?\d", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithDate();

    public static Found Find(IReadOnlyList<string> paragraphs, DateOnly? published, IReadOnlyList<DirectiveReference> directives)
    {
        for (var i = 0; i < paragraphs.Count && i < 4; i++)
        {
            var sentence = Sentences.Split(paragraphs[i]).FirstOrDefault();
            if (sentence is null) continue;
            // The lead's first date counts wherever it stands; later paragraphs only when they open with one.
            if (i > 0 && !OpensWithDate().IsMatch(sentence)) continue;

            foreach (Match match in DateExpressions.DayMonth().Matches(sentence))
            {
                if (InsideDirectiveMention(sentence, match, directives)) continue;
                if (DateExpressions.Parts(match) is not { } parts) continue;
                var year = parts.Year ?? InferYear(parts.Day, parts.Month, published, paragraphs, directives);
                var start = paragraphs[i].IndexOf(sentence, StringComparison.Ordinal) + match.Index;
                if (year is null)
                {
                    var dayMonth = $"--{parts.Month:00}-{parts.Day:00}";
                    return new Found(null, dayMonth, null, new Gap("eventDate", "no year", match.Value));
                }
                var date = new DateOnly(year.Value, parts.Month, parts.Day);
                var rule = parts.Year is not null ? "eventDate: date in the lead" : "eventDate: day and month in the lead + year of published";
                return new Found(date, null, Evidence.In(EvidencePart.Paragraph, i, paragraphs[i], start, match.Length, "eventDate", date.ToString("yyyy-MM-dd"), rule), null);
            }
        }
        return Found.None;
    }

    private static bool InsideDirectiveMention(string sentence, Match date, IReadOnlyList<DirectiveReference> directives)
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

    /// <summary>
    /// "Ngày 17/7": the dateline's year (the year before if that would put the event after publication),
    /// else the first year the text itself names outside directive references.
    /// </summary>
    private static int? InferYear(int day, int month, DateOnly? published, IReadOnlyList<string> paragraphs, IReadOnlyList<DirectiveReference> directives)
    {
        if (published is { } p)
        {
            var sameYear = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month)));
            return sameYear > p.AddDays(1) ? p.Year - 1 : p.Year;
        }
        foreach (var paragraph in paragraphs)
        {
            var text = directives.Aggregate(paragraph, (t, d) => t.Replace(d.Mention, " ", StringComparison.Ordinal));
            var year = DateExpressions.Year().Match(text);
            if (year.Success && (month != 2 || day != 29 || DateTime.IsLeapYear(int.Parse(year.Value))))
                return int.Parse(year.Value);
        }
        return null;
    }
}
