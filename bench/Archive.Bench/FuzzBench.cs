using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Tests.Reliability;

namespace Archive.Bench;

/// <summary>
/// The fuzz test's hostile requests (<see cref="HostileRequests"/>, the same seed gives the same ones) against a
/// running site, many more of them and over real HTTP: counts the 5xx, the answers without the security
/// headers or with the spoofed Host, the latency, and the site's memory before and after.
/// </summary>
public static class FuzzBench
{
    public static async Task<int> Run(Uri site, int requests, int seed, int connections, int? pid)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = connections
        })
        { BaseAddress = site, Timeout = TimeSpan.FromSeconds(30) };
        var generator = new HostileRequests(seed, await HostileRequests.SitemapPaths(client));
        var statuses = new ConcurrentDictionary<int, int>();
        var latencies = new ConcurrentBag<(double Ms, HostileRequest Request)>();
        var bad = new ConcurrentQueue<string>();
        // Memory is compared after the first tenth, once caches and pools are warm: growth after that points to a leak.
        var warmUp = requests / 10;
        var memoryBefore = 0.0;
        var clock = Stopwatch.StartNew();

        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int number;
            while ((number = Interlocked.Increment(ref sent)) <= requests)
            {
                if (number == warmUp) memoryBefore = ResidentMb(pid);
                HostileRequest request;
                lock (generator) request = generator.Next();
                var started = Stopwatch.GetTimestamp();
                var problem = await Send(client, request, statuses);
                latencies.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, request));
                if (problem is not null) bad.Enqueue($"{problem}: {request}");
            }
        }));

        var seconds = clock.Elapsed.TotalSeconds;
        var slowest = latencies.OrderByDescending(l => l.Ms).Take(3).ToList();
        var sorted = latencies.Select(l => l.Ms).Order().ToList();
        var memoryAfter = ResidentMb(pid);
        var errors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        Console.WriteLine(
            $"fuzz: {requests:N0} requests, seed {seed}, {connections} connections, " +
            $"{seconds:0.0} s ({requests / seconds:N0} requests/s)");
        var answers = statuses.OrderBy(s => s.Key).Select(s => $"{s.Value:N0} × {s.Key}");
        Console.WriteLine($"answers: {string.Join(", ", answers)}");
        Console.WriteLine(
            $"5xx: {errors}; bad answers (5xx, no security headers, spoofed Host reflected, over 5 s): {bad.Count}");
        Console.WriteLine(
            $"latency ms: p50 {Measure.F(Measure.Percentile(sorted, 50))}, " +
            $"p99 {Measure.F(Measure.Percentile(sorted, 99))}, max {Measure.F(sorted.LastOrDefault())}");
        foreach (var (ms, request) in slowest) Console.WriteLine($"  {Measure.F(ms)} ms: {request}");
        if (pid is not null)
            Console.WriteLine(
                $"site memory: {memoryBefore:0} MB after the first {warmUp:N0} requests, {memoryAfter:0} MB after all");
        foreach (var line in bad.Take(20)) Console.WriteLine(line);
        return bad.IsEmpty ? 0 : 1;
    }

    private static async Task<string?> Send(
        HttpClient client,
        HostileRequest request,
        ConcurrentDictionary<int, int> statuses)
    {
        // Appended, not resolved: a target that starts with "//" would name another host.
        var message = new HttpRequestMessage(
            new HttpMethod(request.Method),
            new Uri(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + request.Target));
        foreach (var (name, value) in request.Headers)
            if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is null)
                (message.Content = new ByteArrayContent([])).Headers.TryAddWithoutValidation(name, value);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(message);
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            return BadAnswers.Problem(status, BadAnswers.Head(response), body, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"no answer ({e.Message})";
        }
    }

    private static double ResidentMb(int? pid)
    {
        if (pid is null) return 0;
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            / 1024.0;
    }
}
