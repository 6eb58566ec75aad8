using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archive.Bench;
using Archive.Import;

// Benchmarks anyone can rerun; see bench/README.md. Figures print as Markdown tables for
// docs/performance.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args.Skip(1));
switch (args.FirstOrDefault())
{
    case "generate":
        var generator = new CorpusGenerator(
            options.Get("seeds", "seeds"),
            options.Get("corpus", Path.Combine("..", "shared", "corpus")));
        var count = int.Parse(options.Get("count", "10000"));
        var seconds = Measure.TimeMs(
            () => generator.Write(options.Require("out"), count, int.Parse(options.Get("seed", "1")))) / 1000;
        var sizeMb = Measure.F(Measure.FolderSizeMb(options.Require("out")));
        Console.WriteLine(
            $"Wrote {count} documents ({sizeMb} MB) to {options.Require("out")} in {Measure.F(seconds)} s");
        return 0;

    case "import-once":
        var figures = options.Require("what") == "floor"
            ? ImportBench.BareLucene(options.Require("source"), options.Require("index"))
            : ImportBench.Archive(options.Require("source"), options.Require("index"));
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;

    case "import":
        return ImportReport(options);

    case "stages":
        Stages.Run(options.Require("source"));
        return 0;

    case "search":
        return SearchReport(options);

    case "parts":
        PartsBench.Run(
            options.Require("source"),
            options.Require("work"),
            int.Parse(options.Get("iterations", "30")));
        return 0;

    case "relevance":
        return RelevanceBench.Run(options.Get("source", Path.Combine("..", "shared", "corpus", "baomoi")),
            options.Get("work", Path.Combine(Path.GetTempPath(), "archive-relevance")));

    case "routes":
        RoutesBench.Run(
            options.Require("source"),
            options.Require("index"),
            int.Parse(options.Get("iterations", "20")));
        return 0;

    case "feeds":
        RoutesBench.Feeds(
            options.Require("source"),
            options.Require("index"),
            int.Parse(options.Get("iterations", "100")));
        return 0;

    case "namesakes":
        NamesakesBench.Run(options.Require("index"), int.Parse(options.Get("shown", "20")));
        return 0;

    case "large":
        RoutesBench.Large(
            options.Get("corpus", Path.Combine("..", "shared", "corpus", "baomoi")),
            options.Require("work"),
            int.Parse(options.Get("iterations", "5")),
            options.Get("one-paragraph", "false") == "true",
            int.Parse(options.Get("copies", "0")));
        return 0;

    case "export":
        return ExportReport(options);

    case "export-once":
        Console.WriteLine(JsonSerializer.Serialize(
            ExportBench.Once(options.Require("what"), options.Require("index"), options.Require("out"))));
        return 0;

    case "fuzz":
        return await FuzzBench.Run(
            new Uri(options.Require("url")),
            int.Parse(options.Get("requests", "100000")),
            int.Parse(options.Get("seed", "1")),
            int.Parse(options.Get("connections", "8")),
            options.Values.TryGetValue("pid", out var pid) ? int.Parse(pid) : null);

    default:
        Console.Error.WriteLine(
            "usage: Archive.Bench generate --count N --seed S --out DIR | " +
            "import --source DIR --work DIR [--runs 3] | " +
            "search --source DIR --work DIR [--runs 3] [--iterations 200] | relevance [--source DIR] [--work DIR] | " +
            "stages --source DIR | parts --source DIR --work DIR [--iterations 30] | " +
            "routes --source DIR --index DIR [--iterations 20] | " +
            "feeds --source DIR --index DIR [--iterations 100] | namesakes --index DIR [--shown 20] | " +
            "large --work DIR [--corpus DIR] [--iterations 5] [--one-paragraph true] [--copies N] | " +
            "export --source DIR --work DIR [--runs 1] | " +
            "fuzz --url URL [--requests 100000] [--seed 1] [--connections 8] [--pid SITE_PID]");
        return 2;
}

static int ImportReport(Options options)
{
    var source = options.Require("source");
    var work = options.Require("work");
    var runs = int.Parse(options.Get("runs", "3"));
    var results = new List<ImportBench.Figures>();
    for (var run = 0; run < runs; run++)
        foreach (var what in new[] { "archive", "floor" })
            results.Add(RunOnce(what, source, Path.Combine(work, what + "-index")));

    Console.WriteLine(
        $"| import ({runs} runs, median) | documents | docs/s | MB/s | peak memory MB | index MB | " +
        "index MB per source MB |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var group in results.GroupBy(r => r.What))
        Console.WriteLine(
            $"| {group.Key} | {group.First().Documents} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.DocumentsPerSecond)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.MegabytesPerSecond)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.PeakMemoryMb)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.IndexMb)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.IndexMb / r.Megabytes)))} |");
    var ratio = Measure.Median(results.Where(r => r.What == "archive import").Select(r => r.DocumentsPerSecond)) /
                Measure.Median(results.Where(r => r.What != "archive import").Select(r => r.DocumentsPerSecond));
    Console.WriteLine($"\narchive import / bare Lucene.Net = {ratio:0.00}x");
    return 0;
}

static int ExportReport(Options options)
{
    var source = options.Require("source");
    var work = options.Require("work");
    var runs = int.Parse(options.Get("runs", "1"));
    var index = Path.Combine(work, "archive-index");
    Directory.CreateDirectory(work);
    var imported = IndexPublisher.Import(source, index);
    Console.WriteLine($"archive index: {imported.Documents} documents");
    var results = new List<ExportBench.Figures>();
    for (var run = 0; run < runs; run++)
        foreach (var what in ExportBench.Kinds)
        {
            var output = Path.Combine(work, $"export-{what}");
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            if (File.Exists(output)) File.Delete(output);
            results.Add(ExportBench.InChild(what, index, output));
        }

    Console.WriteLine(
        $"| export ({runs} runs, median) | documents | payload MB | written MB | s | MB/s | " +
        "managed MB before → peak | working set MB before → peak |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var group in results.GroupBy(r => r.What))
        Console.WriteLine(
            $"| {group.Key} | {group.First().Documents} | {Measure.F(group.First().PayloadMb)} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.WrittenMb)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.Seconds)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.MegabytesPerSecond)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.ManagedBeforeMb)))} → " +
            $"{Measure.F(Measure.Median(group.Select(r => r.PeakManagedMb)))} | " +
            $"{Measure.F(Measure.Median(group.Select(r => r.WorkingSetBeforeMb)))} → " +
            $"{Measure.F(Measure.Median(group.Select(r => r.PeakWorkingSetMb)))} |");
    return 0;
}

static ImportBench.Figures RunOnce(string what, string source, string index)
{
    // Each import in its own process: its peak memory is its own.
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        start.ArgumentList.Add(typeof(Measure).Assembly.Location);
    foreach (var argument in new[] { "import-once", "--what", what, "--source", source, "--index", index })
        start.ArgumentList.Add(argument);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return JsonSerializer.Deserialize<ImportBench.Figures>(output.Trim().Split('\n').Last())
           ?? throw new InvalidOperationException("no figures from " + what);
}

static int SearchReport(Options options)
{
    var source = options.Require("source");
    var work = options.Require("work");
    var index = Path.Combine(work, "archive-index");
    var runs = int.Parse(options.Get("runs", "3"));
    var iterations = int.Parse(options.Get("iterations", "200"));
    Directory.CreateDirectory(work);

    var imported = IndexPublisher.Import(source, index);
    var freshness = imported.NothingChanged
        ? "up to date"
        : $"imported in {Measure.F(imported.Elapsed.TotalSeconds)} s";
    Console.WriteLine($"archive index: {imported.Documents} documents ({freshness})");
    // The live generation only: an import leaves the previous one beside it for a while.
    var sourceMb = FolderImport.SourceFiles(source).Sum(f => new FileInfo(f).Length) / 1e6;
    var indexMb = Measure.FolderSizeMb(Generations.Live(index)!);
    Console.WriteLine(
        $"index size: {Measure.F(indexMb)} MB for {Measure.F(sourceMb)} MB of source text, " +
        $"{Measure.F(indexMb / sourceMb)} MB per MB");
    var database = Path.Combine(work, "fts5.db");
    var ftsLoad = SearchBench.LoadFts(source, database);
    Console.WriteLine(
        $"SQLite FTS5: loaded in {Measure.F(ftsLoad)} s " +
        $"({Measure.F(imported.Documents / ftsLoad)} docs/s, parse included)\n");

    var all = new List<SearchBench.Latency>();
    for (var run = 0; run < runs; run++)
    {
        all.AddRange(SearchBench.Archive(index, iterations));
        all.AddRange(SearchBench.Fts(database, iterations));
    }
    all.AddRange(SearchBench.Scan(source, iterations));

    double Median(string engine, string query, Func<SearchBench.Latency, double> pick) =>
        Measure.Median(all
            .Where(l => l.Engine.StartsWith(engine, StringComparison.Ordinal) && l.Query == query)
            .Select(pick));
    void Table(IEnumerable<SearchBench.Query> queries)
    {
        Console.WriteLine(
            $"| query | archive p50 | p95 | p99 | FTS5 p50 | p95 | p99 | naive scan p50 | " +
            "archive vs FTS5 (p50) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries.Select(q => q.Name))
        {
            var archive = (
                Median("archive", query, l => l.P50),
                Median("archive", query, l => l.P95),
                Median("archive", query, l => l.P99));
            var fts = (
                Median("SQLite", query, l => l.P50),
                Median("SQLite", query, l => l.P95),
                Median("SQLite", query, l => l.P99));
            Console.WriteLine(
                $"| {query} | {Measure.F(archive.Item1)} ms | " +
                $"{Measure.F(archive.Item2)} | {Measure.F(archive.Item3)} | " +
                $"{Measure.F(fts.Item1)} ms | {Measure.F(fts.Item2)} | {Measure.F(fts.Item3)} | " +
                $"{Measure.F(Median("naive", query, l => l.P50))} ms | " +
                $"{Measure.F(fts.Item1 / Math.Max(archive.Item1, 0.001))}x |");
        }
    }
    Table(SearchBench.Mix);
    var archiveTotal = SearchBench.Mix.Sum(q => Median("archive", q.Name, l => l.P50));
    var ftsTotal = SearchBench.Mix.Sum(q => Median("SQLite", q.Name, l => l.P50));
    Console.WriteLine(
        $"\nwhole mix (sum of p50): archive {Measure.F(archiveTotal)} ms, SQLite FTS5 {Measure.F(ftsTotal)} ms: " +
        $"archive is {Measure.F(ftsTotal / archiveTotal)}x faster\n");
    Console.WriteLine("Phrases of other lengths, outside the mix:\n");
    Table(SearchBench.Phrases);
    Console.WriteLine("\nUnquoted words of several lengths, and a rare word with a common one, outside the mix:\n");
    Table(SearchBench.PlainWords);
    return 0;
}

/// <summary>`--name value` pairs.</summary>
internal sealed record Options(Dictionary<string, string> Values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) name = arg[2..];
            else if (name is not null) { values[name] = arg; name = null; }
        }
        return new Options(values);
    }

    public string Get(string name, string fallback) => Values.GetValueOrDefault(name, fallback);

    public string Require(string name) =>
        Values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
}
