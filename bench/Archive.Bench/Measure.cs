using System.Diagnostics;
using System.Globalization;

namespace Archive.Bench;

/// <summary>Small measuring helpers: percentiles, medians, the process's peak memory, folder sizes.</summary>
public static class Measure
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MB.</summary>
    public static double PeakMemoryMb() => StatusValue("VmHWM") / 1024.0;

    public static double ResidentMemoryMb() => StatusValue("VmRSS") / 1024.0;

    private static long StatusValue(string key)
    {
        var line = File.ReadLines("/proc/self/status")
            .FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line is null
            ? 0
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public static double FolderSizeMb(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6;

    public static double TimeMs(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static string F(double value) =>
        value.ToString(value >= 100 ? "0" : value >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
