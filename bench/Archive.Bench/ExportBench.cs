using System.Diagnostics;
using System.Text.Json;
using Archive.Export;
using Archive.Index;
using Archive.Storage;

namespace Archive.Bench;

/// <summary>
/// Every document exported three ways, each in its own process (its peak memory its own) with the site's
/// GC settings: JSON Lines alone, the bag as a folder (`archive export`), and the bag as the ZIP that
/// /dataset/archive-bag.zip streams. Memory is sampled while it runs, against the figure before the export
/// starts (the index open, its catalog read): what the site holds anyway. Resident memory is sampled every 10 ms.
/// </summary>
public static class ExportBench
{
    public sealed record Figures(
        string What,
        int Documents,
        double PayloadMb,
        double WrittenMb,
        double Seconds,
        double ManagedBeforeMb,
        double PeakManagedMb,
        double WorkingSetBeforeMb,
        double PeakWorkingSetMb)
    {
        public double MegabytesPerSecond => PayloadMb / Seconds;
    }

    public static readonly string[] Kinds = ["jsonl", "bag", "zip"];

    public static Figures Once(string what, string index, string output)
    {
        using var archive = ArchiveIndex.Open(index);
        _ = archive.Catalog.Documents.Count;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var managedBefore = GC.GetTotalMemory(forceFullCollection: false) / 1e6;
        var workingSetBefore = Measure.ResidentMemoryMb();
        var peakManaged = managedBefore;
        var peakWorkingSet = workingSetBefore;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false) / 1e6);
                peakWorkingSet = Math.Max(peakWorkingSet, Measure.ResidentMemoryMb());
                await Task.Delay(10);
            }
        });
        var clock = Stopwatch.StartNew();
        var (documents, payload) = what switch
        {
            "jsonl" => JsonLines(archive, output),
            "bag" => Bag(BagExport.Write(archive, output)),
            "zip" => Zip(archive, output),
            _ => throw new ArgumentException($"--what must be one of {string.Join(", ", Kinds)}"),
        };
        var seconds = clock.Elapsed.TotalSeconds;
        done.Cancel();
        sampler.Wait();
        var written = File.Exists(output) ? new FileInfo(output).Length / 1e6 : Measure.FolderSizeMb(output);
        return new Figures(what, documents, payload / 1e6, written, seconds, managedBefore,
            Math.Max(peakManaged, GC.GetTotalMemory(false) / 1e6), workingSetBefore,
            Math.Max(peakWorkingSet, Measure.ResidentMemoryMb()));
    }

    private static (int, long) JsonLines(ArchiveIndex archive, string output)
    {
        using var file = new FileStream(output, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        int documents = 0;
        foreach (var summary in archive.Catalog.Documents)
        {
            if (archive.Find(summary.Id) is not { } document) continue;
            JsonSerializer.Serialize(file, document, JsonFile.Options);
            file.WriteByte((byte)'\n');
            documents++;
        }
        return (documents, file.Length);
    }

    private static (int, long) Bag(BagSummary bag) => (bag.Documents, bag.PayloadBytes);

    private static (int, long) Zip(ArchiveIndex archive, string output)
    {
        using var file = new FileStream(output, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        var bag = BagExport.WriteZipAsync(archive, file, "bag", DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        return Bag(bag);
    }

    /// <summary>Runs <see cref="Once"/> in a child process with the site's GC (workstation, conserving).</summary>
    public static Figures InChild(string what, string index, string output)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(Measure).Assembly.Location);
        foreach (var argument in new[] { "export-once", "--what", what, "--index", index, "--out", output })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_GCConserveMemory"] = "7";
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return JsonSerializer.Deserialize<Figures>(text.Trim().Split('\n').Last())
               ?? throw new InvalidOperationException("no figures from " + what);
    }
}
