using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Web.Citing;

/// <summary>
/// What a reference manager should save for a document, as the page's head states it (docs/citing.md):
/// a newspaper article, its people as authors written "Family, Given", the day it was published, the
/// outlet as the publication. Values only; the page writes the tags.
/// </summary>
public sealed partial record CitationTags(
    string Title,
    IReadOnlyList<string> Authors,
    string? Date,
    string? Publication,
    string Url)
{
    /// <summary>
    /// Zotero's item type: with it Zotero saves a newspaper article, not a journal article or a web page.
    /// </summary>
    public const string ItemType = "newspaperArticle";

    public static CitationTags Of(ArchiveDocument document, string url) =>
        new(
            document.Title,
            AuthorsIn(document.Author),
            document.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OutletName(document.Source),
            url);

    /// <summary>
    /// A COinS context object in the form Zotero writes for a newspaper article (Dublin Core with
    /// Zotero's item type): the journal form would make Zotero, which reads COinS before the meta tags,
    /// save a journal article.
    /// </summary>
    public string ContextObject
    {
        get
        {
            var pairs = new List<(string Key, string? Value)>
            {
                ("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), ("rft.type", ItemType),
                ("rft.title", Title), ("rft.source", Publication), ("rft.date", Date), ("rft.language", "vi"),
                // Zotero keeps only an absolute URL: one is written when Archive:PublicUrl is set.
                ("rft.identifier", Uri.IsWellFormedUriString(Url, UriKind.Absolute) ? Url : null),
            };
            pairs.AddRange(Authors.Select(a => ("rft.creator", (string?)a)));
            return string.Join("&", pairs
                .Where(p => p.Value is not null)
                .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        }
    }

    /// <summary>
    /// The people a byline names, each "Family, Given": a Vietnamese name is written family name first,
    /// and without the comma Zotero would take the last syllable for the family name ("Nguyễn Văn An" →
    /// "An, Nguyễn Văn"). A pen name keeps its written order the same way. Agencies, outlets and "P.V."
    /// (phóng viên, "reporter") are not people and give no author; initials ("T.H.") are kept whole,
    /// since nothing tells which letter is the family name.
    /// </summary>
    public static IReadOnlyList<string> AuthorsIn(string? byline)
    {
        if (byline is null) return [];
        var authors = new List<string>();
        foreach (var part in Joiner().Split(Tail().Replace(byline, "")))
        {
            var name = part.Trim();
            if (!IsPerson(name)) continue;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            authors.Add(words.Length == 1 ? words[0] : $"{words[0]}, {string.Join(' ', words[1..])}");
        }
        return authors;
    }

    /// <summary>
    /// The outlet's name without the initials it signs leads with: "Lao động Thủ đô (LĐTĐ)" →
    /// "Lao động Thủ đô".
    /// </summary>
    public static string? OutletName(string? source) =>
        source is null ? null : Tail().Replace(source, "").Trim() is { Length: > 0 } name ? name : source;

    private static bool IsPerson(string name)
    {
        if (name.Length == 0 || name.Any(c => char.IsDigit(c) || c is '@' or '/' or ':')) return false;
        if (Reporter().IsMatch(name)) return false;
        if (Initials().IsMatch(name)) return true;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A name is two to five capitalised words (or one, a pen name); an agency is initials ("TTXVN",
        // "VOV"), a domain ("baothaibinh.com.vn") or starts with what an organisation starts with.
        return words.Length <= 5
               && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) && !w.Contains('.'))
               && !OrganisationWords.Contains(words[0]) && !words.Any(w => OutletWords.Contains(w));
    }

    // The first word of an organisation, never of a person's name: "Ban Tuyên giáo", "Báo Nhân Dân",
    // "Cổng TTĐT".
    private static readonly HashSet<string> OrganisationWords = new(
        ("Ban Bộ Sở Báo Đài Cổng Trang Tạp Thông Ủy Uỷ Hội Viện " +
         "Cục Tổng Phòng Nhóm Tòa Toà Theo Nguồn").Split(' '),
        StringComparer.Ordinal);

    // Words in an outlet's name written in English: "Quang Binh Portal", "Vietnam News".
    private static readonly HashSet<string> OutletWords = new(
        "Portal Online News Times Post Press Agency Media Magazine Radio Television Newspaper Daily Network".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    // Several people in one byline: "Minh Anh - Thu Hà", "Minh Anh, Thu Hà", "Minh Anh và Thu Hà".
    [GeneratedRegex(@"\s+[-–]\s+|\s*[,;&]\s*|\s+và\s+")]
    private static partial Regex Joiner();

    // What follows a name or an outlet in brackets: "(TTXVN)", "(tổng hợp)", "(LĐTĐ)".
    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^\p{Lu}\.(?:\s?\p{Lu}\.?){0,3}$")]
    private static partial Regex Initials();

    // "P.V.", "PV", "Nhóm PV", "Phóng viên": the paper's reporter, not a named person.
    [GeneratedRegex(@"^(?:(?i:nhóm)\s+)?(?:P\.?\s?V\.?|(?i:phóng viên)|CTV|BTV)$")]
    private static partial Regex Reporter();
}
