using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Import;
using Archive.Index;
using Archive.Model;
using Archive.Search;
using Archive.Text;
using Microsoft.Win32.SafeHandles;

namespace Archive.Directives;

/// <summary>
/// What the registry is built from: a document's cited directives. Kept beside the index
/// (citations.json, not read by the site) so that an incremental import can rebuild the registry
/// without parsing unchanged files again.
/// </summary>
public sealed record CitingDocument(string Id, string Title, DateOnly? Date, string SourceFile, IReadOnlyList<DirectiveReference> Directives)
{
    public const string FileName = "citations.json";

    public static CitingDocument Of(ArchiveDocument document) =>
        new(document.Id, document.Title, document.SortDate, document.SourceFile, document.Directives);

    public static void Save(string generation, IEnumerable<CitingDocument> documents) =>
        JsonFile.Write(Path.Combine(generation, FileName), documents);

    public static IReadOnlyList<CitingDocument> Load(string generation)
    {
        var path = Path.Combine(generation, FileName);
        return File.Exists(path) ? JsonFile.Read<List<CitingDocument>>(path) ?? [] : [];
    }
}

/// <summary>One document's citation of a directive: the words it used and the sentence they stand in.</summary>
public sealed record DirectiveCitation(string DocumentId, string DocumentTitle, DateOnly? DocumentDate, string Mention, string Sentence);

/// <summary>
/// A cited directive, as the whole archive knows it. Party numbering restarts each term, so one code
/// cited with dates in different years is several entries, each with its own slug ("32-kl-tw-2018").
/// Its citations, with their sentences, are read when asked for (<see cref="DirectiveRegistry.CitationsOf"/>).
/// </summary>
public sealed record DirectiveEntry(
    string Code,
    string Slug,
    string Type,
    string Number,
    string? Issuer,
    string? IssuingBody,
    DateOnly? Date,
    string? Title,
    IReadOnlyList<string> Documents);

/// <summary>
/// "Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW": <see cref="From"/> carries out <see cref="To"/>,
/// as the evidence sentence of a document says.
/// </summary>
public sealed record DirectiveLink(string From, string To, string Sentence, string DocumentId);

/// <summary>
/// Every coded directive the archive's documents cite, and which carries out which, built at import
/// and kept beside the index (directives.json) so the site never scans all documents to list them.
/// The citations' sentences stay on disk (directive-citations.jsonl) and are read a directive at a time:
/// at 100,000 documents they are 150,000 sentences, 40 MB of memory for pages seldom asked for.
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

    private DirectiveRegistry(IReadOnlyList<DirectiveEntry> entries, IReadOnlyList<DirectiveLink> links,
        Func<DirectiveEntry, IReadOnlyList<DirectiveCitation>> citations, IDisposable? citationsFile = null)
    {
        Entries = entries;
        Links = links;
        this.citations = citations;
        this.citationsFile = citationsFile;
        bySlug = entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        byCode = entries.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        codeBySlug = byCode.Keys.ToDictionary(Slug, code => code, StringComparer.Ordinal);
    }

    public IReadOnlyList<DirectiveEntry> Entries { get; }
    public IReadOnlyList<DirectiveLink> Links { get; }

    // Between two references, words that say the first carries out the second.
    [GeneratedRegex(@"\b(?:thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|sơ\s+kết|tổng\s+kết)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriesOut();
    private const int MaxGap = 200;

    /// <summary>The directives this one carries out.</summary>
    public IEnumerable<DirectiveLink> CarriesOutOf(string code) => Links.Where(l => l.From == code);

    /// <summary>The directives that carry this one out.</summary>
    public IEnumerable<DirectiveLink> CarriedOutBy(string code) => Links.Where(l => l.To == code);

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"^(?<base>.+)-(?<year>(?:19|20)\d\d)$")]
    private static partial Regex YearSuffix();

    /// <summary>"32-KL/TW" → "32-kl-tw"; "105-QĐ/TW" → "105-qd-tw".</summary>
    public static string Slug(string code) => NotSlug().Replace(VietnameseText.Fold(code), "-").Trim('-');

    public static DirectiveRegistry Build(IEnumerable<CitingDocument> documents)
    {
        var byCode = new Dictionary<string, List<(CitingDocument Document, DirectiveReference Reference)>>(StringComparer.Ordinal);
        foreach (var document in documents)
            foreach (var reference in document.Directives.Where(d => d.Code is not null))
            {
                if (!byCode.TryGetValue(reference.Code!, out var list)) byCode[reference.Code!] = list = [];
                list.Add((document, reference));
            }

        var entries = new List<DirectiveEntry>();
        var citationsBySlug = new Dictionary<string, IReadOnlyList<DirectiveCitation>>(StringComparer.Ordinal);
        void Add(string code, string slug, IReadOnlyList<(CitingDocument Document, DirectiveReference Reference)> citing)
        {
            var (entry, citations) = Entry(code, slug, citing);
            entries.Add(entry);
            citationsBySlug[slug] = citations;
        }

        var all = byCode.SelectMany(c => c.Value).ToList();
        foreach (var (code, citing) in byCode.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var years = citing.Select(c => c.Reference.Date?.Year).OfType<int>().Distinct().Order().ToList();
            if (years.Count <= 1)
            {
                Add(code, Slug(code), citing);
                continue;
            }
            // Different years: one entry per year; undated citations stay with the code's overview only.
            foreach (var year in years)
                Add(code, $"{Slug(code)}-{year}", citing.Where(c => c.Reference.Date?.Year == year).ToList());
            var undated = citing.Where(c => c.Reference.Date is null).ToList();
            if (undated.Count > 0) Add(code, $"{Slug(code)}-undated", undated);
        }
        return new DirectiveRegistry(entries, Lineage(all), entry => citationsBySlug[entry.Slug]);
    }

    /// <summary>Links read from sentences that cite two directives with "thực hiện" (or the like) between them.</summary>
    private static List<DirectiveLink> Lineage(List<(CitingDocument Document, DirectiveReference Reference)> citations)
    {
        var links = new List<DirectiveLink>();
        foreach (var sentence in citations.GroupBy(c => (c.Document.Id, c.Reference.Sentence)))
        {
            var placed = sentence
                .Select(c => (c.Reference.Code, At: c.Reference.Sentence.IndexOf(c.Reference.Mention, StringComparison.Ordinal), c.Reference.Mention.Length))
                .Where(p => p.At >= 0).OrderBy(p => p.At).ToList();
            for (var i = 0; i + 1 < placed.Count; i++)
            {
                var (from, next) = (placed[i], placed[i + 1]);
                var gapStart = from.At + from.Length;
                if (next.At < gapStart || next.At - gapStart > MaxGap || from.Code == next.Code) continue;
                if (!CarriesOut().IsMatch(sentence.Key.Sentence[gapStart..next.At])) continue;
                if (links.Any(l => l.From == from.Code && l.To == next.Code && l.DocumentId == sentence.Key.Id)) continue;
                links.Add(new DirectiveLink(from.Code!, next.Code!, sentence.Key.Sentence, sentence.Key.Id));
            }
        }
        return links;
    }

    private static (DirectiveEntry, IReadOnlyList<DirectiveCitation>) Entry(
        string code, string slug, IReadOnlyList<(CitingDocument Document, DirectiveReference Reference)> citing)
    {
        var references = citing.Select(c => c.Reference).ToList();
        var first = references[0];
        var subject = references.Select(r => r.Subject).FirstOrDefault(s => s is not null);
        var citations = citing
            .Select(c => new DirectiveCitation(c.Document.Id, c.Document.Title, c.Document.Date, c.Reference.Mention, c.Reference.Sentence))
            .OrderBy(c => c.DocumentDate).ThenBy(c => c.DocumentId, StringComparer.Ordinal).ToList();
        var entry = new DirectiveEntry(
            code,
            slug,
            references.GroupBy(r => r.Type).OrderByDescending(g => g.Count()).First().Key,
            first.Number,
            first.Issuer,
            references.Select(r => r.IssuingBody).FirstOrDefault(b => b is not null),
            references.Select(r => r.Date).FirstOrDefault(d => d is not null),
            subject is null ? null : $"{first.Type} số {code} về {subject}",
            citations.Select(c => c.DocumentId).Distinct().ToList());
        return (entry, citations);
    }

    /// <summary>Each document's citation of this entry, with its sentence, oldest document first.</summary>
    public IReadOnlyList<DirectiveCitation> CitationsOf(DirectiveEntry entry) => citations(entry);

    /// <summary>The entries one code names: one, or one per year when numbering restarted.</summary>
    public IReadOnlyList<DirectiveEntry> ForCode(string code) => byCode.TryGetValue(code, out var entries) ? entries : [];

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
            year = int.Parse(suffixed.Groups["year"].Value);
            text = suffixed.Groups["base"].Value;
        }
        var slug = Slug(text);
        var code = codeBySlug.GetValueOrDefault(slug)
                   ?? DirectiveExtraction.CanonicalCode(text)
                   ?? DirectiveQuery.FindAll(VietnameseText.Canonicalize(text)).FirstOrDefault(d => d.Code is not null)?.Code;
        if (code is null || !byCode.ContainsKey(code)) return null;
        return (code, year);
    }

    /// <param name="Citations">Where each entry's citations are in the citations file, in the order of the entries.</param>
    private sealed record Stored(List<DirectiveEntry> Entries, List<CitationBlock>? Citations, List<DirectiveLink> Links);

    /// <summary>One line of the citations file: an entry's citations as a JSON array.</summary>
    private sealed record CitationBlock(long At, int Length);

    public void Save(string indexDirectory)
    {
        var blocks = new List<CitationBlock>(Entries.Count);
        using (var file = new FileStream(Path.Combine(indexDirectory, CitationsFileName), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            foreach (var entry in Entries)
            {
                var line = JsonSerializer.SerializeToUtf8Bytes(CitationsOf(entry), IndexSchema.JsonOptions);
                blocks.Add(new CitationBlock(file.Position, line.Length));
                file.Write(line);
                file.WriteByte((byte)'\n');
            }
        JsonFile.Write(Path.Combine(indexDirectory, FileName), new Stored([.. Entries], blocks, [.. Links]));
    }

    /// <summary>
    /// The registry of an index folder. An index written before the citations file existed has no
    /// citations to show until it is imported again.
    /// </summary>
    public static DirectiveRegistry Load(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        var stored = File.Exists(path) ? JsonFile.Read<Stored>(path) : null;
        // One copy of each type and document id: a document citing three directives is in three entries.
        var strings = new StringPool();
        var entries = (stored?.Entries ?? []).Select(e => e with
        {
            Type = strings.One(e.Type),
            Documents = e.Documents.Select(id => strings.One(id)).ToArray(),
        }).ToList();

        var citationsPath = Path.Combine(indexDirectory, CitationsFileName);
        if (stored?.Citations is not { } blocks || blocks.Count != entries.Count || !File.Exists(citationsPath))
            return new DirectiveRegistry(entries, stored?.Links ?? [], _ => []);
        var blockOf = entries.Select((entry, i) => (entry.Slug, Block: blocks[i])).ToDictionary(e => e.Slug, e => e.Block, StringComparer.Ordinal);
        var file = File.OpenHandle(citationsPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return new DirectiveRegistry(entries, stored.Links, entry => ReadCitations(file, blockOf[entry.Slug]), file);
    }

    private static IReadOnlyList<DirectiveCitation> ReadCitations(SafeFileHandle file, CitationBlock block)
    {
        var bytes = new byte[block.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read), block.At + read);
            if (count <= 0) throw new InvalidDataException($"{CitationsFileName} ends before the citations it lists.");
            read += count;
        }
        return JsonSerializer.Deserialize<List<DirectiveCitation>>(bytes, IndexSchema.JsonOptions) ?? [];
    }

    public void Dispose() => citationsFile?.Dispose();
}
