using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Import;
using Archive.Index;
using Archive.Search;
using Archive.Text;
using Microsoft.Data.Sqlite;

namespace Archive.Bench;

/// <summary>
/// How well the archive and SQLite FTS5 rank a real corpus, judged from the source files themselves,
/// not from either index: a document is relevant when its title or body holds the query's syllables
/// together and in order (folded when the query is typed without diacritics, as typed otherwise, either
/// tone placement), or, for a directive code, the code in any spelling.
/// </summary>
public static partial class RelevanceBench
{
    private const int Depth = 50;

    /// <summary>
    /// Frequent names and words of the real corpus (news of 2016-2017), each typed with and without diacritics.
    /// </summary>
    public static readonly string[] Queries =
    [
        // People
        "Nguyễn Xuân Phúc", "Nguyen Xuan Phuc", "Trần Đại Quang", "Tran Dai Quang",
        "Công Phượng", "Cong Phuong",
        "Vũ Đức Đam", "Vu Duc Dam", "Đàm Vĩnh Hưng", "Dam Vinh Hung", "Lê Công Vinh", "Le Cong Vinh",
        // Places
        "Hà Nội", "Ha Noi", "Đà Nẵng", "Da Nang", "thành phố Hồ Chí Minh", "thanh pho Ho Chi Minh",
        // Words of two to four syllables
        "tham nhũng", "tham nhung", "Bộ Chính trị", "Bo Chinh tri", "an toàn giao thông", "an toan giao thong",
        "biến đổi khí hậu", "bien doi khi hau",
        // Both tone placements, and neither
        "hòa giải", "hoà giải", "hoa giai", "Khánh Hòa", "Khánh Hoà", "Khanh Hoa",
        "thủy điện", "thuỷ điện", "thuy dien",
        "ủy ban nhân dân", "uỷ ban nhân dân", "uy ban nhan dan",
        // A rare place with common words
        "tỉnh Bạc Liêu", "tinh Bac Lieu", "UBND tỉnh Kon Tum", "UBND tinh Kon Tum",
        "nhân dân tỉnh Đắk Nông", "nhan dan tinh Dak Nong",
        // Five and six syllables
        "Thủ tướng Nguyễn Xuân Phúc", "Thu tuong Nguyen Xuan Phuc",
        "Chủ tịch nước Trần Đại Quang", "Chu tich nuoc Tran Dai Quang",
        "phòng chống tham nhũng lãng phí", "phong chong tham nhung lang phi",
        "tai nạn giao thông nghiêm trọng", "tai nan giao thong nghiem trong",
        // Directive codes that the corpus cites
        "29-NQ/TW", "39-NQ/TW", "05-CT/TW", "67/2014/NĐ-CP", "67/2014/ND-CP", "163/2006/NĐ-CP",
    ];

    /// <summary>One source file as the judge reads it: its syllables, and the directive codes it cites.</summary>
    private sealed record Judged(string File, int[] Syllables, HashSet<string> Codes);

    /// <summary>A query's judgement and both engines' top 50 (file names, best first).</summary>
    private sealed record Outcome(
        string Query,
        HashSet<string> Relevant,
        IReadOnlyList<string> Archive,
        IReadOnlyList<string> Fts)
    {
        public bool Diacritics => VietnameseText.HasDiacritics(Query);
    }

    public static int Run(string source, string work)
    {
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine(
                $"No corpus at {Path.GetFullPath(source)}: " +
                "pass --source DIR (the real corpus is ../shared/corpus/baomoi).");
            return 2;
        }
        Directory.CreateDirectory(work);
        var index = Path.Combine(work, "archive-index");
        var imported = IndexPublisher.Import(source, index);
        var freshness = imported.NothingChanged
            ? "up to date"
            : $"imported in {Measure.F(imported.Elapsed.TotalSeconds)} s";
        Console.WriteLine($"archive index: {imported.Documents} documents ({freshness})");
        var database = Path.Combine(work, "fts5.db");
        Console.WriteLine($"SQLite FTS5: loaded in {Measure.F(SearchBench.LoadFts(source, database))} s");
        var judge = new Judge(source);
        Console.WriteLine($"judged from the source: {judge.Documents.Count} files\n");

        using var archive = ArchiveIndex.Open(index);
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        var outcomes = Queries
            .Select(q => new Outcome(q, judge.Relevant(q), ArchiveTop(archive, q), FtsTop(connection, q)))
            .ToList();

        Console.WriteLine("| query | N relevant | archive P@10 | P@20 | P@50 | FTS5 P@10 | P@20 | P@50 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var o in outcomes)
            Console.WriteLine($"| {o.Query} | {o.Relevant.Count} | {Cells(o, o.Archive)} | {Cells(o, o.Fts)} |");
        Console.WriteLine();
        Summary("archive", outcomes, o => o.Archive);
        Summary("SQLite FTS5", outcomes, o => o.Fts);
        Console.WriteLine(
            "\nP@k uses k = N where fewer than k documents are relevant; " +
            "P@20 only for queries typed with diacritics.");

        Console.WriteLine("\n## Archive hits that are not relevant, where the archive is below 100%\n");
        foreach (var o in outcomes.Where(o => Precisions(o, o.Archive).Any(p => p < 1)))
        {
            var k = Math.Min(Depth, o.Relevant.Count);
            var window = o.Archive.Take(k).ToList();
            Console.WriteLine(
                $"### {o.Query} (N = {o.Relevant.Count}; " +
                $"{window.Count(o.Relevant.Contains)} relevant in the top {k}, {o.Archive.Count} hits)");
            foreach (var (file, rank) in window
                .Select((f, i) => (f, i + 1))
                .Where(h => !o.Relevant.Contains(h.f))
                .Take(3))
                Console.WriteLine($"- {rank}. {file}: {judge.Explain(o.Query, file)}");
            // Too few hits: the relevant documents the archive did not find at all.
            if (o.Archive.Count < k)
                foreach (var file in o.Relevant
                    .Where(f => !o.Archive.Contains(f))
                    .Order(StringComparer.Ordinal)
                    .Take(3))
                    Console.WriteLine($"- not found: {file}: \"…{judge.Excerpt(o.Query, file)}…\"");
            Console.WriteLine();
        }
        return 0;
    }

    private static IReadOnlyList<string> ArchiveTop(ArchiveIndex archive, string query) =>
        archive.Search(new SearchRequest { Query = query, Size = Depth }).Hits
            .Select(hit => archive.Find(hit.Id)?.SourceFile
                ?? throw new InvalidOperationException("no document " + hit.Id))
            .ToList();

    /// <summary>FTS5 as a user would type into it: the words, implicit AND, its own ranking.</summary>
    private static IReadOnlyList<string> FtsTop(SqliteConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT file FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT {Depth}";
        // Each syllable a bareword; the tokenizer removes the diacritics itself, except đ, which it keeps on both
        // sides.
        var typed = query.ToLowerInvariant();
        command.Parameters.AddWithValue(
            "$q",
            string.Join(" ", Judge.Split(typed).Select(s => typed.Substring(s.Start, s.Length))));
        using var reader = command.ExecuteReader();
        var files = new List<string>();
        while (reader.Read()) files.Add(reader.GetString(0));
        return files;
    }

    /// <summary>
    /// P@10, P@20 (typed with diacritics only) and P@50, each at most P@N; null where nothing is relevant.
    /// </summary>
    private static double?[] Precisions(Outcome o, IReadOnlyList<string> hits)
    {
        double? At(int cutoff)
        {
            var k = Math.Min(cutoff, o.Relevant.Count);
            return k == 0 ? null : hits.Take(k).Count(o.Relevant.Contains) / (double)k;
        }
        return [At(10), o.Diacritics ? At(20) : null, At(Depth)];
    }

    private static string Cells(Outcome o, IReadOnlyList<string> hits)
    {
        var p = Precisions(o, hits);
        string Cell(double? value, int cutoff) => value is null ? "–" :
            value.Value.ToString("0.00", CultureInfo.InvariantCulture)
            + (o.Relevant.Count < cutoff ? $" (@{o.Relevant.Count})" : "");
        return $"{Cell(p[0], 10)} | {Cell(p[1], 20)} | {Cell(p[2], Depth)}";
    }

    private static void Summary(
        string engine,
        IReadOnlyList<Outcome> outcomes,
        Func<Outcome, IReadOnlyList<string>> hits)
    {
        var judged = outcomes.Where(o => o.Relevant.Count > 0).Select(o => Precisions(o, hits(o))).ToList();
        var perfect = judged.Count(p => p.All(v => v is null or 1));
        double Mean(int column) => judged.Select(p => p[column]).OfType<double>().DefaultIfEmpty(0).Average();
        Console.WriteLine(
            $"{engine}: {perfect} of {judged.Count} queries at 100%; " +
            $"mean P@10 {Mean(0):0.000}, P@20 {Mean(1):0.000} (with diacritics), P@50 {Mean(2):0.000}");
    }

    /// <summary>
    /// Reads every source file once into syllable numbers (canonical tone placement, lower case; a line
    /// break is a separator, so a match never runs from the title into the lead), and answers which files
    /// a query finds.
    /// </summary>
    private sealed class Judge
    {
        private const int LineBreak = -1;
        private readonly Dictionary<string, int> canonical = [];
        private readonly Dictionary<string, int> foldedIds = [];
        private readonly List<int> foldOf = [];
        private readonly string source;

        public Judge(string source)
        {
            this.source = source;
            Documents = FolderImport.SourceFiles(source).Select(Read).ToList();
        }

        public IReadOnlyList<Judged> Documents { get; }

        public HashSet<string> Relevant(string query)
        {
            if (CodeQuery().IsMatch(query))
            {
                var code = CodeForm(query);
                return Documents.Where(d => d.Codes.Contains(code)).Select(d => d.File).ToHashSet();
            }
            var folded = !VietnameseText.HasDiacritics(query);
            var wanted = Syllables(Text(query))
                .Select(s => folded ? Folded(s) : canonical.GetValueOrDefault(s, -2))
                .ToArray();
            return Documents.Where(d => Contains(d.Syllables, wanted, folded)).Select(d => d.File).ToHashSet();
        }

        /// <summary>
        /// Why a hit is not relevant: where the query's words come closest in it, and 60 characters there.
        /// </summary>
        public string Explain(string query, string file)
        {
            var (where, excerpt) = Closest(query, file);
            return $"{where}: \"…{excerpt}…\"";
        }

        public string Excerpt(string query, string file) => Closest(query, file).Excerpt;

        private (string Where, string Excerpt) Closest(string query, string file)
        {
            // Lower case keeps every character where it was, so the excerpt shows the text as written.
            var display = VietnameseText.Canonicalize(File.ReadAllText(Path.Combine(source, file)));
            var text = display.ToLowerInvariant();
            var words = Syllables(Text(query)).Select(Fold).Distinct().ToArray();
            var spans = Split(text).ToList();
            var found = spans.Select(s => Array.IndexOf(words, Fold(text.Substring(s.Start, s.Length)))).ToArray();
            var missing = words.Where((_, w) => !found.Contains(w)).ToList();
            if (missing.Count == words.Length) return ("none of the words", display[..Math.Min(60, display.Length)]);

            // The shortest run of syllables holding every word the text has.
            var present = words.Length - missing.Count;
            var (best, bestStart, bestEnd) = (int.MaxValue, 0, 0);
            var counts = new int[words.Length];
            var distinct = 0;
            for (int start = 0, end = 0; end < spans.Count; end++)
            {
                if (found[end] >= 0 && counts[found[end]]++ == 0) distinct++;
                for (; distinct == present; start++)
                {
                    if (end - start < best) (best, bestStart, bestEnd) = (end - start, start, end);
                    if (found[start] >= 0 && --counts[found[start]] == 0) distinct--;
                }
            }
            var from = spans[bestStart].Start;
            var to = spans[bestEnd].Start + spans[bestEnd].Length;
            // Centred on the words when they fit, else from the first of them.
            var left = Math.Clamp(to - from <= 50 ? (from + to) / 2 - 30 : from - 10, 0, Math.Max(0, text.Length - 60));
            var excerpt = display.Substring(left, Math.Min(60, display.Length - left)).Replace('\n', '/');
            var inOrder = spans
                .Skip(bestStart)
                .Take(best + 1)
                .Select(s => Fold(text.Substring(s.Start, s.Length)))
                .SequenceEqual(Syllables(Text(query)).Select(Fold));
            var where = missing.Count > 0 ? $"lacks {string.Join(", ", missing)}"
                : best + 1 > words.Length ? $"the words over {best + 1} syllables"
                : !inOrder ? "the words together in another order"
                : text[from..to].Contains('\n') ? "the words together across a line break"
                : "the words together with other diacritics";
            return (where, excerpt);
        }

        private Judged Read(string path)
        {
            var text = Text(File.ReadAllText(path));
            var syllables = new List<int>();
            foreach (var line in text.Split('\n'))
            {
                syllables.AddRange(Syllables(line).Select(Number));
                syllables.Add(LineBreak);
            }
            var codes = CodeToken().Matches(CodeForm(text)).Select(m => m.Value).ToHashSet();
            return new Judged(Path.GetFileName(path), [.. syllables], codes);
        }

        private int Number(string syllable)
        {
            if (canonical.TryGetValue(syllable, out var id)) return id;
            var foldedSyllable = Fold(syllable);
            if (!foldedIds.TryGetValue(foldedSyllable, out var foldedId))
                foldedIds[foldedSyllable] = foldedId = foldedIds.Count;
            foldOf.Add(foldedId);
            return canonical[syllable] = canonical.Count;
        }

        private int Folded(string syllable) => foldedIds.GetValueOrDefault(Fold(syllable), -2);

        private bool Contains(int[] text, int[] query, bool folded)
        {
            for (var i = 0; i + query.Length <= text.Length; i++)
            {
                var j = 0;
                while (j < query.Length
                    && text[i + j] != LineBreak
                    && (folded ? foldOf[text[i + j]] : text[i + j]) == query[j])
                    j++;
                if (j == query.Length) return true;
            }
            return false;
        }

        private static string Text(string raw) => VietnameseText.Canonicalize(raw).ToLowerInvariant();

        private static string Fold(string text) => VietnameseText.Fold(text);

        private static IEnumerable<string> Syllables(string text) =>
            Split(text).Select(s => text.Substring(s.Start, s.Length));

        /// <summary>Runs of letters and digits (a combining mark left in the text belongs to its letter).</summary>
        public static IEnumerable<(int Start, int Length)> Split(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inside = i < text.Length
                    && (char.IsLetterOrDigit(text[i])
                        || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
                if (inside && start < 0) start = i;
                else if (!inside && start >= 0)
                {
                    yield return (start, i - start);
                    start = -1;
                }
            }
        }

        /// <summary>
        /// A code as the judge compares it: folded (case, Đ/D), no spaces around "-" and "/", and the issuer
        /// "TƯ" (Trung ương) read as "TW", which the corpus writes for the same directives.
        /// </summary>
        private static string CodeForm(string code) =>
            CentralIssuer().Replace(CodeSpacing().Replace(Fold(code), "$1"), "/tw");
    }

    [GeneratedRegex(@"^\d+\s*[-/]")]
    private static partial Regex CodeQuery();

    [GeneratedRegex(@"\s*([-/])\s*")]
    private static partial Regex CodeSpacing();

    [GeneratedRegex(@"/tu(?![\p{L}\p{N}])")]
    private static partial Regex CentralIssuer();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{N}+(?:[-/][\p{L}\p{N}]+)+")]
    private static partial Regex CodeToken();
}
