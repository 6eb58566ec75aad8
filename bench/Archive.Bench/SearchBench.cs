using System.Diagnostics;
using Archive.Index;
using Archive.Index.Schema;
using Archive.Search;
using Archive.Text;
using Microsoft.Data.Sqlite;

namespace Archive.Bench;

/// <summary>
/// A fixed query mix run in-process against the archive's search, SQLite FTS5 over the same corpus
/// (unicode61 remove_diacritics 2, ranked top 10), and a naive scan of the folded text as a floor.
/// </summary>
public static class SearchBench
{
    public sealed record Query(string Name, SearchRequest Request, string Fts, string FtsSql, string[] ScanTerms);

    public static readonly Query[] Mix =
    [
        new("word with diacritics", new() { Query = "nhũng" }, "nhung", Ranked, ["nhung"]),
        new("word without diacritics", new() { Query = "nhung" }, "nhung", Ranked, ["nhung"]),
        new("two-syllable word", new() { Query = "tham nhũng" }, "tham nhung", Ranked, ["tham nhung"]),
        new(
            "quoted phrase",
            new() { Query = "\"an ninh trật tự\"" },
            "\"an ninh trat tu\"",
            Ranked,
            ["an ninh trat tu"]),
        new("directive code", new() { Query = "32-KL/TW" }, "\"32 kl tw\"", Ranked, ["32-kl/tw"]),
        new(
            "filtered by year",
            new() { Query = "tham nhũng", Period = FacetFilter.AnyOf("2018") },
            "tham nhung",
            "SELECT rowid FROM docs WHERE docs MATCH $q AND year = 2018 ORDER BY rank LIMIT 10",
            ["tham nhung"]),
        new(
            "sorted by date",
            new() { Query = "an ninh", Sort = SearchSort.DateDesc },
            "an ninh",
            "SELECT rowid FROM docs WHERE docs MATCH $q ORDER BY date DESC LIMIT 10",
            ["an ninh"]),
        new(
            "facet-heavy",
            new() { Query = "công tác" },
            "cong tac",
            "SELECT year, count(*) FROM docs WHERE docs MATCH $q GROUP BY year",
            ["cong tac"]),
    ];

    /// <summary>
    /// Quoted phrases of other lengths than the mix's four syllables, outside the mix: a phrase of four is
    /// one term of the body's runs of four, and these show what the other lengths cost. FTS5's
    /// remove_diacritics keeps "đ" (it has no decomposition), so its query keeps it too.
    /// </summary>
    public static readonly Query[] Phrases =
    [
        new("phrase of 2 syllables", new() { Query = "\"an ninh\"" }, "\"an ninh\"", Ranked, ["an ninh"]),
        new(
            "phrase of 3 syllables",
            new() { Query = "\"Ban Nội chính\"" },
            "\"ban noi chinh\"",
            Ranked,
            ["ban noi chinh"]),
        new(
            "phrase of 6 syllables",
            new() { Query = "\"bảo đảm an ninh trật tự\"" },
            "\"bao đam an ninh trat tu\"",
            Ranked,
            ["bao dam an ninh trat tu"]),
    ];

    /// <summary>
    /// Words as most people type them, unquoted, of two (the mix's), three, four and six syllables, and a
    /// rare word beside a common one: outside the mix, so its figures stay comparable with earlier runs.
    /// "Tiên Lãng" is in 7 of the real corpus's 15,432 texts and in one generated organisation of 15.
    /// </summary>
    public static readonly Query[] PlainWords =
    [
        new("2 plain syllables", new() { Query = "tham nhũng" }, "tham nhung", Ranked, ["tham nhung"]),
        new("3 plain syllables", new() { Query = "Bộ Chính trị" }, "bo chinh tri", Ranked, ["bo chinh tri"]),
        new(
            "4 plain syllables",
            new() { Query = "an toàn giao thông" },
            "an toan giao thong",
            Ranked,
            ["an toan giao thong"]),
        new(
            "6 plain syllables",
            new() { Query = "phòng chống tham nhũng lãng phí" },
            "phong chong tham nhung lang phi",
            Ranked,
            ["phong chong tham nhung lang phi"]),
        new(
            "rare word + common word",
            new() { Query = "Tiên Lãng công tác" },
            "tien lang cong tac",
            Ranked,
            ["tien lang", "cong tac"]),
    ];

    private static readonly Query[] Measured = [.. Mix, .. Phrases, .. PlainWords];

    private const string Ranked = "SELECT rowid FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT 10";

    public sealed record Latency(string Engine, string Query, double P50, double P95, double P99);

    public static IReadOnlyList<Latency> Archive(string index, int iterations)
    {
        using var archive = ArchiveIndex.Open(index);
        // A site answers searches while it reads its catalog and directive registry in the background;
        // measured here is the steady state after that, once the heap is compacted as the site does then.
        _ = (archive.Catalog, archive.Directives);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // The whole mix first: the JIT promotes code to its optimised tier only after a pause in new
        // compilations, so warming one query at a time left the first one measured half-optimised.
        var warming = Stopwatch.StartNew();
        while (warming.ElapsedMilliseconds < 3000)
            foreach (var q in Measured) archive.Search(q.Request);
        return Measured
            .Select(q => Time("archive (Lucene.Net)", q.Name, iterations, () => archive.Search(q.Request)))
            .ToList();
    }

    /// <summary>
    /// Builds the FTS5 table from the same files (each row names its file); returns the load time in seconds.
    /// </summary>
    public static double LoadFts(string source, string database)
    {
        if (File.Exists(database)) File.Delete(database);
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        Execute(
            connection,
            "CREATE VIRTUAL TABLE docs USING fts5(title, body, year UNINDEXED, date UNINDEXED, file UNINDEXED, " +
            "tokenize='unicode61 remove_diacritics 2')");
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(title, body, year, date, file) VALUES ($t, $b, $y, $d, $f)";
        var (t, b, y, d, f) = (
            insert.Parameters.Add("$t", SqliteType.Text),
            insert.Parameters.Add("$b", SqliteType.Text),
            insert.Parameters.Add("$y", SqliteType.Integer),
            insert.Parameters.Add("$d", SqliteType.Text),
            insert.Parameters.Add("$f", SqliteType.Text));
        foreach (var (title, body, date, file) in Documents(source))
        {
            // An undated document (the real corpus has no dates) is filed under year 0, as it sorts last.
            (t.Value, b.Value, y.Value, d.Value, f.Value) =
                (title, body, date?.Year ?? 0, date?.ToString("yyyy-MM-dd") ?? "", file);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return clock.Elapsed.TotalSeconds;
    }

    public static IReadOnlyList<Latency> Fts(string database, int iterations)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        return Measured.Select(q =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = q.FtsSql;
            command.Parameters.AddWithValue("$q", q.Fts);
            return Time("SQLite FTS5", q.Name, iterations, () =>
            {
                using var reader = command.ExecuteReader();
                while (reader.Read()) { }
            });
        }).ToList();
    }

    /// <summary>The floor: every document's folded text in memory, each query a substring scan.</summary>
    public static IReadOnlyList<Latency> Scan(string source, int iterations)
    {
        var texts = Documents(source).Select(d => VietnameseText.Fold(d.Title + "\n" + d.Body)).ToArray();
        return Measured.Select(q => Time("naive scan", q.Name, Math.Max(3, iterations / 20), () =>
            _ = texts.Count(t => q.ScanTerms.All(term => t.Contains(term, StringComparison.Ordinal))))).ToList();
    }

    private static IEnumerable<(string Title, string Body, DateOnly? Date, string File)> Documents(string source)
    {
        foreach (var path in Directory.EnumerateFiles(source, "*.txt").Order(StringComparer.Ordinal))
        {
            var (document, _) = global::Archive.Extraction.DocumentParser.Parse(
                Path.GetFileName(path),
                File.ReadAllBytes(path));
            if (document is not null)
                yield return (document.Title, IndexSchema.BodyText(document), document.SortDate, document.SourceFile);
        }
    }

    private static Latency Time(string engine, string query, int iterations, Action run)
    {
        // Warm up long enough for the JIT's optimised code (tiered compilation) to be in place.
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < 20 || warming.ElapsedMilliseconds < 1000; i++) run();
        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++) samples.Add(Measure.TimeMs(run));
        samples.Sort();
        return new Latency(
            engine,
            query,
            Measure.Percentile(samples, 50),
            Measure.Percentile(samples, 95),
            Measure.Percentile(samples, 99));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
