using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Evaluation;

/// <summary>Counts for one field: a value extracted and right, extracted and wrong, or missed.</summary>
public sealed class FieldScore(string field)
{
    public string Field { get; } = field;
    public int Correct { get; private set; }
    public int Wrong { get; private set; }
    public int Missed { get; private set; }
    public List<string> Errors { get; } = [];

    public double Precision => Correct + Wrong == 0 ? 1 : (double)Correct / (Correct + Wrong);
    public double Recall => Correct + Missed == 0 ? 1 : (double)Correct / (Correct + Missed);

    /// <summary>Scores a set of values: each extracted one is right or wrong, each gold one found or missed.</summary>
    public void AddSet(
        string file,
        IReadOnlyCollection<string> gold,
        IReadOnlyCollection<string> extracted,
        Func<string, string, bool> same)
    {
        foreach (var value in extracted)
        {
            if (gold.Any(g => same(g, value))) Correct++;
            else { Wrong++; Errors.Add($"{file}: extracted {value}, not in the gold"); }
        }
        foreach (var value in gold.Where(g => !extracted.Any(e => same(g, e))))
        {
            Missed++;
            Errors.Add($"{file}: missed {value}");
        }
    }

    /// <summary>A single value: an extracted value that is wrong is both a wrong answer and a miss.</summary>
    public void AddOne(string file, string? gold, string? extracted, Func<string, string, bool> same)
    {
        if (extracted is not null && gold is not null && same(gold, extracted)) { Correct++; return; }
        if (extracted is not null) Wrong++;
        if (gold is not null) Missed++;
        if (extracted is not null || gold is not null)
            Errors.Add($"{file}: extracted {extracted ?? "nothing"}, gold {gold ?? "nothing"}");
    }
}

/// <summary>Precision and recall per field of the importer against a gold set.</summary>
public static partial class ExtractionScore
{
    public static readonly string[] Fields =
    [
        "title", "published", "eventDate", "eventDayMonth", "codes", "people", "roles", "author", "source",
        "organisation",
    ];

    public static IReadOnlyList<FieldScore> Score(IEnumerable<(GoldArticle Gold, ArchiveDocument? Document)> pairs)
    {
        var scores = Fields.ToDictionary(f => f, f => new FieldScore(f));
        foreach (var (gold, document) in pairs)
        {
            var file = gold.File;
            scores["title"].AddOne(file, gold.Title, document?.Title, (a, b) => Plain(a) == Plain(b));
            scores["published"].AddOne(
                file,
                gold.Published,
                document?.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Equals);
            scores["eventDate"].AddOne(
                file,
                gold.EventDate,
                document?.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Equals);
            scores["eventDayMonth"].AddOne(file, DayMonth(gold.EventDayMonth), document?.EventDayMonth, string.Equals);
            scores["codes"].AddSet(
                file,
                gold.Codes,
                document?.Directives.Select(d => d.Code).OfType<string>().Distinct().ToList() ?? [],
                (a, b) => Code(a) == Code(b));
            scores["people"].AddSet(
                file,
                gold.People.Select(p => p.Name).ToList(),
                document?.People.Select(p => p.Name).ToList() ?? [],
                (a, b) => Plain(a) == Plain(b));
            foreach (var person in gold.People)
            {
                var found = document?.People.FirstOrDefault(p => Plain(p.Name) == Plain(person.Name));
                if (found is null) continue;
                scores["roles"].AddSet(
                    $"{file} {person.Name}",
                    person.Roles ?? [],
                    found.Roles,
                    (a, b) => Plain(a) == Plain(b));
            }
            scores["author"].AddOne(file, gold.Author, document?.Author, (a, b) => Plain(a) == Plain(b));
            scores["source"].AddOne(
                file,
                gold.Source,
                document?.Source,
                (a, b) => Plain(b).Contains(Plain(a), StringComparison.Ordinal));
            scores["organisation"].AddOne(
                file,
                gold.Organisation,
                document?.Organisation,
                (a, b) => Plain(a) == Plain(b));
        }
        return Fields.Select(f => scores[f]).ToList();
    }

    /// <summary>Compared as a reader would: case, tone placement, spacing and dashes aside.</summary>
    private static string Plain(string text) =>
        string.Join(' ', VietnameseText.Canonicalize(text).ToLowerInvariant().Replace('–', '-')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" - ", "-");

    [GeneratedRegex(@"(\d{1,2})\D+(\d{1,2})")]
    private static partial Regex DayAndMonth();

    /// <summary>"3.9", "28-10" → "--09-03", "--10-28": the gold's day and month as the document states them.</summary>
    private static string? DayMonth(string? written)
    {
        if (written is null || DayAndMonth().Match(written) is not { Success: true } m) return null;
        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");
    }

    internal static string Code(string code) => VietnameseText.Canonicalize(code).Replace(" ", "").Replace('–', '-');
}
