using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Directives;

/// <summary>
/// Every coded directive the archive's documents cite, and the relations between them, built at import
/// and kept beside the index (directives.json) so the site never scans all documents to list them.
/// The citations' sentences stay on disk (directive-citations.jsonl) and are read a directive at a time:
/// held in memory they grow with the archive, for pages seldom asked for (docs/performance.md).
/// </summary>
public sealed partial class DirectiveRegistry : IDisposable
{
    public const string FileName = "directives.json";
    public const string CitationsFileName = "directive-citations.jsonl";

    private readonly Dictionary<string, DirectiveEntry> bySlug;
    private readonly Dictionary<string, List<DirectiveEntry>> byCode;
    private readonly Dictionary<string, string> codeBySlug;
    private readonly Func<DirectiveEntry, IReadOnlyList<DirectiveCitation>> citations;
    private readonly IDisposable? citationsFile;

    internal DirectiveRegistry(IReadOnlyList<DirectiveEntry> entries, IReadOnlyList<DirectiveRelation> relations,
        Func<DirectiveEntry, IReadOnlyList<DirectiveCitation>> citations, IDisposable? citationsFile = null)
    {
        Entries = entries;
        Relations = relations;
        this.citations = citations;
        this.citationsFile = citationsFile;
        bySlug = entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        byCode = entries
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        codeBySlug = byCode.Keys.ToDictionary(Slugs.Of, code => code, StringComparer.Ordinal);
    }

    public IReadOnlyList<DirectiveEntry> Entries { get; }
    /// <summary>Each relation once, with every sentence that states it.</summary>
    public IReadOnlyList<DirectiveRelation> Relations { get; }

    /// <summary>What this directive does to others: carries them out, replaces them…</summary>
    public IEnumerable<DirectiveRelation> Outgoing(string code) => Relations.Where(r => r.From == code);

    /// <summary>What others do to this directive: carry it out, replace it…</summary>
    public IEnumerable<DirectiveRelation> Incoming(string code) => Relations.Where(r => r.To == code);

    [GeneratedRegex(@"^(?<base>.+)-(?<year>(?:19|20)\d\d)$")]
    private static partial Regex YearSuffix();

    /// <summary>Each document's citation of this entry, with its sentence, oldest document first.</summary>
    public IReadOnlyList<DirectiveCitation> CitationsOf(DirectiveEntry entry) => citations(entry);

    /// <summary>The entries one code names: one, or one per year when numbering restarted.</summary>
    public IReadOnlyList<DirectiveEntry> ForCode(string code) =>
        byCode.TryGetValue(code, out var entries) ? entries : [];

    public DirectiveEntry? FindBySlug(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The canonical code a request names, in any form: a slug ("32-kl-tw"), a code as written
    /// ("32-KL/TƯ", "105-QD/TW"), with or without a year suffix. Null when the archive does not know it.
    /// </summary>
    public (string Code, int? Year)? Resolve(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return null;
        var text = Uri.UnescapeDataString(requested).Trim();
        if (text.Length == 0) return null;
        int? year = null;
        if (YearSuffix().Match(text) is { Success: true } suffixed)
        {
            year = int.Parse(suffixed.Groups["year"].Value, CultureInfo.InvariantCulture);
            text = suffixed.Groups["base"].Value;
        }
        var slug = Slugs.Of(text);
        var code = codeBySlug.GetValueOrDefault(slug)
                   ?? DirectiveExtraction.CanonicalCode(text)
                   ?? DirectiveMention.FindAll(VietnameseText.Canonicalize(text))
                       .FirstOrDefault(d => d.Code is not null)?.Code;
        if (code is null || !byCode.ContainsKey(code)) return null;
        return (code, year);
    }

    /// <summary>
    /// The canonical slug for any way of naming a known directive: the entry's own slug, or for a code
    /// cited in several years the code's overview slug (with a year, that year's entry).
    /// </summary>
    public string? CanonicalSlug(string? requested)
    {
        if (Resolve(requested) is not var (code, year)) return null;
        var entries = ForCode(code);
        if (entries.Count == 1) return entries[0].Slug;
        if (year is { } y && entries.FirstOrDefault(e => e.Date?.Year == y) is { } ofYear) return ofYear.Slug;
        return Slugs.Of(code);
    }

    public void Dispose() => citationsFile?.Dispose();
}
