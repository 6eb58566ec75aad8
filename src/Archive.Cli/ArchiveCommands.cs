using System.Globalization;
using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Evaluation;
using Archive.Export;
using Archive.Extraction;
using Archive.Import;
using Archive.Index;
using Archive.Model;
using Archive.Storage;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>The `archive` subcommands: thin shells over Archive.Core, the same library the site uses.</summary>
internal static class ArchiveCommands
{
    private static readonly JsonSerializerOptions Indented = new(JsonFile.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    public static Command Import(Option<DirectoryInfo> index)
    {
        var source = new Option<DirectoryInfo>("--source")
        {
            Description = "Folder of *.txt source files",
            Required = true
        };
        var full = new Option<bool>("--full")
        {
            Description = "Parse every file again, not only new and changed ones"
        };
        var warnings = new Option<bool>("--warnings")
        {
            Description = "List every file imported with a warning, not only a count of each kind"
        };
        var command = new Command(
            "import",
            "Import every *.txt in a folder into the index (new and changed files only)")
        {
            source, full, warnings
        };
        command.SetAction(parse =>
        {
            var sourceDirectory = parse.GetValue(source)!;
            var indexDirectory = parse.GetValue(index)!;
            if (!sourceDirectory.Exists)
            {
                Console.Error.WriteLine($"Source folder not found: {sourceDirectory.FullName}");
                return 2;
            }

            ImportSummary summary;
            try
            {
                summary = RunImport(sourceDirectory.FullName, indexDirectory.FullName, parse.GetValue(full));
            }
            catch (ImportRunningException e)
            {
                Console.Error.WriteLine(e.Message);
                return 3;
            }
            catch (Exception e) when (ImportFailure.FileSystemCause(e) is { } cause)
            {
                Console.Error.WriteLine(
                    ImportFailure.Explain(cause, sourceDirectory.FullName, indexDirectory.FullName));
                return 4;
            }
            var seconds = summary.Elapsed.TotalSeconds;
            var documentsPerSecond = seconds > 0 ? summary.Imported / seconds : 0;
            var megabytesPerSecond = seconds > 0 ? summary.SourceBytes / seconds / 1e6 : 0;
            var filesWithWarnings = summary.Warnings.Select(w => w.File).Distinct().Count();
            if (summary.Repaired is not null)
                Console.WriteLine(
                    $"Repaired: {summary.Repaired}; the index was rebuilt from the last good generation.");
            Console.WriteLine(summary.NothingChanged
                ? $"The index in {indexDirectory.FullName} is up to date: " +
                  $"{summary.Documents} documents, nothing to import."
                : $"Imported {summary.Imported} files ({summary.Unchanged} unchanged, {summary.Removed} removed) " +
                  $"into {indexDirectory.FullName} " +
                  $"in {seconds:0.0} s ({documentsPerSecond:0} documents/s, {megabytesPerSecond:0.0} MB/s); " +
                  $"{summary.Documents} documents, {summary.Skipped.Count} skipped, " +
                  $"{filesWithWarnings} with warnings.");
            foreach (var skipped in summary.Skipped)
                Console.WriteLine($"  skipped {skipped.File}: {skipped.Reason}");
            if (parse.GetValue(warnings))
                foreach (var file in summary.Warnings.GroupBy(w => w.File))
                    Console.WriteLine(
                        $"  imported {file.Key} with warnings: {string.Join("; ", file.Select(w => w.Warning))}");
            else
                foreach (var kind in summary.Warnings
                    .GroupBy(w => FileWarning.Kind(w.Warning))
                    .OrderByDescending(g => g.Count()))
                    Console.WriteLine(
                        $"  {kind.Count()} imported with “{kind.Key}”, " +
                        $"e.g. {string.Join(", ", kind.Take(3).Select(w => w.File))}" +
                        (kind.Count() > 3 ? " (--warnings lists them all)" : ""));
            return summary.Documents > 0 ? 0 : 1;
        });
        return command;
    }

    // A progress bar on a terminal; plain output when redirected (CI, pipes).
    private static ImportSummary RunImport(string source, string index, bool full)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return IndexPublisher.Import(source, index, full: full);

        ImportSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DocumentsPerSecondColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Importing");
                summary = IndexPublisher.Import(source, index, (_, done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                }, full);
            });
        return summary!;
    }

    public static Command List(Option<DirectoryInfo> index)
    {
        var command = new Command("list", "List the archived documents, newest first");
        command.SetAction(parse =>
        {
            using var archive = OpenOrReport(parse.GetValue(index)!);
            if (archive is null) return 2;
            var page = archive.List(1, Math.Max(1, archive.Count));
            foreach (var document in page.Items)
            {
                var date = document.SortDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
                Console.WriteLine($"{date}  {document.Id}  {document.Title}");
            }
            Console.WriteLine($"{page.Total} documents");
            return 0;
        });
        return command;
    }

    public static Command Show(Option<DirectoryInfo> index)
    {
        var id = new Argument<string>("id") { Description = "The document id (see `archive list`)" };
        var command = new Command("show", "Print one document's metadata and text as JSON") { id };
        command.SetAction(parse =>
        {
            using var archive = OpenOrReport(parse.GetValue(index)!);
            if (archive is null) return 2;
            var document = archive.Find(parse.GetValue(id)!);
            if (document is null)
            {
                Console.Error.WriteLine($"No document with id '{parse.GetValue(id)}'. `archive list` shows the ids.");
                return 1;
            }
            Console.WriteLine(JsonSerializer.Serialize(document, Indented));
            return 0;
        });
        return command;
    }

    public static Command Verify(Option<DirectoryInfo> index)
    {
        var source = new Option<DirectoryInfo?>("--source")
        {
            Description = "Folder of source files (default: the folder the index was imported from)"
        };
        var command = new Command(
            "verify",
            "Re-hash every source file and every file of the index against the SHA-256 recorded at import; " +
            "exit 1 on any difference")
        {
            source
        };
        command.SetAction(parse =>
        {
            var live = Generations.Live(parse.GetValue(index)!.FullName);
            if (live is null)
            {
                Console.Error.WriteLine($"No index in {parse.GetValue(index)!.FullName}: nothing to verify against.");
                return 2;
            }
            // The index's own files first: a damaged catalog or segment is as much a difference as a changed
            // source.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var damage = GenerationIntegrity.DamageIn(live);
            var size = Directory.EnumerateFiles(live).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(damage is null
                ? $"Every file of {Path.GetFileName(live)} matches its checksum " +
                  $"({size / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.00} s)."
                : $"damaged  {Path.GetFileName(live)}: {damage} (`archive import` rebuilds it)");
            if (ImportManifest.Load(live) is not { } manifest) return 1;
            var folder = parse.GetValue(source)?.FullName ?? manifest.SourceDirectory;
            var report = SourceVerification.Verify(manifest, folder);
            foreach (var name in report.Missing) Console.WriteLine($"missing  {name}");
            foreach (var name in report.Changed) Console.WriteLine($"changed  {name}");
            foreach (var name in report.Added) Console.WriteLine($"new      {name}");
            Console.WriteLine(report.Clean
                ? $"All {report.Verified} source files in {folder} match the index."
                : $"{report.Missing.Count} missing, {report.Changed.Count} changed, " +
                  $"{report.Added.Count} new, {report.Verified} unchanged.");
            return report.Clean && damage is null ? 0 : 1;
        });
        return command;
    }

    public static Command Export(Option<DirectoryInfo> index)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "A new (or empty) folder for the bag",
            Required = true
        };
        var command = new Command(
            "export",
            "Write the whole archive as a BagIt bag (RFC 8493): the original files, every document's metadata " +
            "as JSON Lines, and SHA-256 manifests")
        {
            output
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            if (!BagExport.IsAbsentOrEmpty(target.FullName))
            {
                Console.Error.WriteLine(
                    $"{target.FullName} already exists and is not empty: export into a new folder.");
                return 2;
            }
            using var archive = OpenOrReport(parse.GetValue(index)!);
            if (archive is null) return 2;
            BagSummary bag;
            try
            {
                bag = BagExport.Write(archive, target.FullName);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"Export to {target.FullName} failed, nothing written: {e.Message}");
                return 4;
            }
            foreach (var rename in bag.Renamed) Console.Error.WriteLine($"Warning: {rename.Warning}.");
            var seconds = bag.Elapsed.TotalSeconds;
            var megabytesPerSecond = seconds > 0 ? bag.PayloadBytes / seconds / 1e6 : 0;
            Console.WriteLine(
                $"Exported {bag.Documents} documents ({bag.PayloadFiles} payload files, " +
                $"{bag.PayloadBytes / 1e6:0.0} MB) from {Path.GetFileName(archive.Generation)} into {bag.Bag} " +
                $"in {seconds:0.0} s ({megabytesPerSecond:0.0} MB/s).");
            return 0;
        });
        return command;
    }

    public static Command Parse()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Source files", Arity = ArgumentArity.OneOrMore };
        var evidence = new Option<bool>("--evidence")
        {
            Description = "Print each value with the text and rule it came from, instead of JSON"
        };
        var command = new Command("parse", "Print what the importer extracts from files, without touching any index")
        {
            files, evidence
        };
        command.SetAction(parse =>
        {
            var failed = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                var (document, problem) = file.Exists
                    ? DocumentParser.Parse(file.Name, File.ReadAllBytes(file.FullName))
                    : (null, "file not found");
                if (document is null)
                {
                    Console.Error.WriteLine($"{file.Name}: {problem}");
                    failed++;
                }
                else if (parse.GetValue(evidence)) PrintEvidence(document);
                else Console.WriteLine(JsonSerializer.Serialize(document, Indented));
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static void PrintEvidence(ArchiveDocument document)
    {
        Console.WriteLine($"{document.SourceFile}: {document.Title}");
        foreach (var e in document.Evidence)
            Console.WriteLine(
                $"  {e.Field,-13} {e.Value}  ← {e.Part}[{e.Index}] {e.Start}+{e.Length} “{e.Quote}”  ({e.Rule})");
        foreach (var gap in document.Gaps)
        {
            var asWritten = gap.AsWritten is null ? "" : $" (written “{gap.AsWritten}”)";
            Console.WriteLine($"  {gap.Field,-13} empty: {gap.Reason}{asWritten}");
        }
        foreach (var warning in document.Warnings)
            Console.WriteLine($"  warning: {warning}");
    }

    public static Command Eval()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "The gold file (JSON, see docs/model.md)",
            Required = true
        };
        var source = new Option<DirectoryInfo>("--source")
        {
            Description = "The folder holding the gold set's articles",
            Required = true
        };
        var errors = new Option<bool>("--errors") { Description = "List every wrong and missed value" };
        var relations = new Option<bool>("--relations")
        {
            Description = "The gold file holds relations between directives (tests/gold/relations.json): " +
                          "precision and recall per kind of relation"
        };
        var command = new Command("eval", "Measure extraction against a gold set: precision and recall per field")
        {
            gold, source, errors, relations
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            var folder = parse.GetValue(source)!;
            if (!goldFile.Exists || !folder.Exists)
            {
                Console.Error.WriteLine($"Not found: {(goldFile.Exists ? folder.FullName : goldFile.FullName)}");
                return 2;
            }
            List<(T Gold, ArchiveDocument? Document)> Parsed<T>(IEnumerable<T> golds, Func<T, (string, string)> file)
            {
                var pairs = new List<(T, ArchiveDocument?)>();
                foreach (var gold in golds)
                {
                    var (name, sha256) = file(gold);
                    var path = Path.Combine(folder.FullName, name);
                    if (!File.Exists(path))
                    {
                        Console.Error.WriteLine($"{name}: not in {folder.FullName}, left out");
                        continue;
                    }
                    var bytes = File.ReadAllBytes(path);
                    if (!string.Equals(
                            Convert.ToHexStringLower(SHA256.HashData(bytes)),
                            sha256,
                            StringComparison.OrdinalIgnoreCase))
                        Console.Error.WriteLine(
                            $"{name}: its SHA-256 is not the gold's; the gold may not describe this text");
                    var (document, problem) = DocumentParser.Parse(Path.GetFileName(name), bytes);
                    if (document is null) Console.Error.WriteLine($"{name}: not imported ({problem})");
                    pairs.Add((gold, document));
                }
                return pairs;
            }

            IReadOnlyList<FieldScore> scores;
            if (parse.GetValue(relations))
            {
                var files = Parsed(GoldRelations.Load(goldFile.FullName), g => (g.File, g.Sha256));
                scores = RelationScore.Score(files);
                Console.WriteLine(
                    $"{files.Count} files of {goldFile.Name}, {files.Sum(f => f.Gold.Relations.Count)} relations");
            }
            else
            {
                var articles = Parsed(GoldSet.Load(goldFile.FullName), a => (a.File, a.Sha256));
                scores = ExtractionScore.Score(articles);
                Console.WriteLine($"{articles.Count} articles of {goldFile.Name}");
            }
            Console.WriteLine($"{"field",-13} {"correct",8} {"wrong",6} {"missed",7} {"precision",10} {"recall",7}");
            foreach (var score in scores)
                Console.WriteLine(
                    $"{score.Field,-13} {score.Correct,8} {score.Wrong,6} {score.Missed,7} " +
                    $"{score.Precision,10:P1} {score.Recall,7:P1}");
            if (parse.GetValue(errors))
                foreach (var score in scores.Where(s => s.Errors.Count > 0))
                {
                    Console.WriteLine();
                    Console.WriteLine($"# {score.Field}");
                    foreach (var error in score.Errors) Console.WriteLine(error);
                }
            return 0;
        });
        return command;
    }

    private static ArchiveIndex? OpenOrReport(DirectoryInfo index)
    {
        try
        {
            return ArchiveIndex.Open(index.FullName);
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.IndexNotFoundException)
        {
            Console.Error.WriteLine(
                $"No index in {index.FullName}: " +
                $"run `archive import --source DIR --index {index.FullName}` first. ({e.Message})");
            return null;
        }
    }

    /// <summary>Documents per second in the progress bar.</summary>
    private sealed class DocumentsPerSecondColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(
            Spectre.Console.Rendering.RenderOptions options,
            ProgressTask task,
            TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } speed ? $"{speed:0} docs/s" : "");
    }
}
