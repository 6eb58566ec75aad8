using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Model;

namespace Archive.Web.Citing;

/// <summary>
/// One document as a reference manager imports it: BibTeX (biblatex's newspaper article), RIS and
/// CSL-JSON, from the same values as the page's citation tags (<see cref="CitationTags"/>): people as
/// authors with the family name first, the publication day, the outlet, the archive's permalink and the
/// day it was accessed.
/// </summary>
public static class CitationFormats
{
    public static readonly IReadOnlyList<FileFormat> All =
    [
        new("bibtex", "BibTeX", "application/x-bibtex", "bib"),
        new("ris", "RIS", "application/x-research-info-systems", "ris"),
        new("csl-json", "CSL-JSON", "application/vnd.citationstyles.csl+json", "json"),
    ];

    /// <summary>One document in a format: a whole file (for CSL-JSON, an array of one item).</summary>
    public static string Write(string format, ArchiveDocument document, string url, DateOnly accessed) =>
        format == "csl-json" ? $"[{Item(format, document, url, accessed)}]" : Item(format, document, url, accessed);

    /// <summary>
    /// One document as an item of a longer file: a BibTeX entry, a RIS record, or a CSL-JSON object to
    /// stand in an array with the others.
    /// </summary>
    public static string Item(string format, ArchiveDocument document, string url, DateOnly accessed)
    {
        var tags = CitationTags.Of(document, url);
        return format switch
        {
            "bibtex" => BibTeX(document, tags, accessed),
            "ris" => Ris(tags, accessed),
            "csl-json" => CslJson(document, tags, accessed),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a citation format"),
        };
    }

    private static string BibTeX(ArchiveDocument document, CitationTags tags, DateOnly accessed)
    {
        var fields = new List<(string, string?)>
        {
            ("title", tags.Title),
            ("author", tags.Authors.Count == 0 ? null : string.Join(" and ", tags.Authors)),
            ("journaltitle", tags.Publication),
            ("date", tags.Date),
            ("url", tags.Url),
            ("urldate", accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("langid", "vietnamese"),
        };
        var entry = new StringBuilder($"@article{{{document.Id},\n  entrysubtype = {{newspaper}},\n");
        foreach (var (name, value) in fields.Where(f => f.Item2 is not null))
            entry.Append(CultureInfo.InvariantCulture, $"  {name} = {{{Braced(value!)}}},\n");
        return entry.Append("}\n").ToString();
    }

    // Braces and backslashes would end or escape the field; the text keeps every other character as it is.
    private static string Braced(string value) => value
        .Replace("\\", "\\textbackslash{}")
        .Replace("{", "\\{")
        .Replace("}", "\\}");

    private static string Ris(CitationTags tags, DateOnly accessed)
    {
        var lines = new List<(string Tag, string? Value)> { ("TY", "NEWS"), ("TI", tags.Title) };
        lines.AddRange(tags.Authors.Select(a => ("AU", (string?)a)));
        lines.Add(("T2", tags.Publication));
        lines.Add(("DA", tags.Date?.Replace('-', '/')));
        lines.Add(("PY", tags.Date?[..4]));
        lines.Add(("UR", tags.Url));
        lines.Add(("Y2", accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        lines.Add(("LA", "vi"));
        lines.Add(("ER", ""));
        // A line break inside a value would start a new tag.
        return string.Concat(lines
            .Where(l => l.Value is not null)
            .Select(l => $"{l.Tag}  - {l.Value!.ReplaceLineEndings(" ")}\r\n"));
    }

    private static string CslJson(ArchiveDocument document, CitationTags tags, DateOnly accessed)
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = document.Id,
            ["type"] = "article-newspaper",
            ["title"] = tags.Title,
            ["author"] = tags.Authors.Select(Name).ToList(),
            ["container-title"] = tags.Publication,
            ["issued"] = document.PublishedDate is { } published ? DateParts(published) : null,
            ["URL"] = tags.Url,
            ["accessed"] = DateParts(accessed),
            ["language"] = "vi",
        };
        return JsonSerializer.Serialize(
            item.Where(p => p.Value is not null).ToDictionary(), Archive.Storage.JsonFile.Options);
    }

    // "Nguyễn, Văn An" is family "Nguyễn", given "Văn An"; a pen name of one word is a literal.
    private static Dictionary<string, string> Name(string author) =>
        author.Split(", ", 2) is [var family, var given]
            ? new() { ["family"] = family, ["given"] = given }
            : new() { ["literal"] = author };

    private static Dictionary<string, int[][]> DateParts(DateOnly day) =>
        new() { ["date-parts"] = [[day.Year, day.Month, day.Day]] };
}
