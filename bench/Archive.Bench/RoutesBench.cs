using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Archive.Bench;

/// <summary>
/// What one request to each route of the site costs, in-process (no network): time and bytes allocated,
/// each request with a fresh query string so that the output cache answers none of them, as a client
/// varying `?r=N` would. `large` builds one document of the source size limit from real articles and
/// measures the routes that read it.
/// </summary>
public static class RoutesBench
{
    /// <summary>The site over an index, rate limiting off, run in this process.</summary>
    private sealed class Site(string source, string index) : WebApplicationFactory<Web.Hosting.ArchiveHost>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // A bench is not a test project: the factory does not know where the site's files are.
            builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Archive.Web"));
            builder.UseSetting("Archive:SourceDirectory", source);
            builder.UseSetting("Archive:IndexDirectory", index);
            builder.UseSetting("Archive:RateLimit:Disabled", "true");
            builder.UseSetting("Archive:CheckIndexOnStart", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseEnvironment("Production");
        }
    }

    public sealed record Cost(
        string Route,
        int Status,
        double MedianMs,
        double MaxMs,
        double AllocatedMb,
        double MaxAllocatedMb,
        double ResponseKb);

    /// <summary>Each route of the site over an existing index.</summary>
    public static void Run(string source, string index, int iterations)
    {
        using var site = new Site(source, index);
        var client = Started(site);
        var archive = (Web.Hosting.ArchiveHost)site.Services.GetService(typeof(Web.Hosting.ArchiveHost))!;
        using var lease = archive.Lease();
        var catalog = lease.Index.Catalog;
        var document = catalog.Documents[catalog.Documents.Count / 2].Id;
        var directive = lease.Index.Directives.Entries
            .OrderByDescending(e => e.Documents.Count)
            .FirstOrDefault()?.Slug ?? "none";
        var organisation = catalog.Organisations
            .OrderByDescending(o => o.Documents.Count)
            .FirstOrDefault()?.Slug ?? "none";
        var person = catalog.People.OrderByDescending(p => p.Documents.Count).FirstOrDefault()?.Slug ?? "none";
        // The name standing for the most people, of those in the most documents (tells namesakes apart).
        var namesakes = catalog.People.OrderByDescending(p => p.Documents.Count).Take(500)
            .OrderByDescending(p => catalog.PeopleNamed(p).Count).FirstOrDefault()?.Slug ?? "none";
        var province = catalog.Provinces.OrderByDescending(p => p.Documents.Count).FirstOrDefault()?.Slug ?? "none";
        var year = catalog.Years().OrderByDescending(y => y.Count).FirstOrDefault().Year;
        string[] routes =
        [
            "/", "/about", "/help/search",
            "/dates", $"/dates/{(year == 0 ? 2020 : year)}", $"/dates/{(year == 0 ? 2020 : year)}/06", "/dates/undated",
            "/directives", $"/directives/{directive}",
            "/organisations", $"/organisations/{organisation}", "/people", $"/people/{person}",
            $"/people/{namesakes}", "/provinces", $"/provinces/{province}",
            $"/documents/{document}", $"/documents/{document}?q=công+tác", $"/documents/{document}/raw",
            "/search?q=công+tác", "/search?q=\"an ninh\"", "/search?q=c%C3%B4ng+t%C3%A1c&sort=date-desc",
            "/feed.atom", "/sitemap.xml", "/sitemaps/1.xml", "/opensearch.xml", "/robots.txt",
            "/api/documents?size=20", "/api/documents?size=1000", $"/api/documents/{document}",
            "/api/search?q=công+tác", "/api/search?q=công+tác&size=100",
            "/api/directives", $"/api/directives/{directive}", "/healthz", "/readyz",
        ];
        Print(
            $"{catalog.Documents.Count:N0} documents in {index}",
            routes.Select(route => Time(client, route, iterations)));
    }

    /// <summary>
    /// The routes that read one document of <see cref="FolderImport.MaxFileBytes"/>, made of real articles.
    /// </summary>
    /// <param name="copies">
    /// More documents of the limit beside it, titled alike: a search for the title then has them all as hits.
    /// </param>
    public static void Large(string corpus, string work, int iterations, bool oneParagraph, int copies)
    {
        var name = (oneParagraph ? "large-one-paragraph" : "large") + (copies > 0 ? $"-{copies}-copies" : "");
        var source = Path.Combine(work, name + "-source");
        var index = Path.Combine(work, name + "-index");
        Directory.CreateDirectory(source);
        var articles = FolderImport.SourceFiles(corpus).Order(StringComparer.Ordinal).ToList();
        // A few ordinary documents beside the large one, so that a search has other hits too.
        foreach (var file in articles.Take(200))
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)), overwrite: true);
        File.WriteAllBytes(
            Path.Combine(source, "large.txt"),
            LargeDocument(LargeTitle, articles.Skip(200), oneParagraph));
        for (var copy = 1; copy <= copies; copy++)
            File.WriteAllBytes(
                Path.Combine(source, $"large-{copy}.txt"),
                LargeDocument($"{LargeTitle}, bản {copy}", articles.Skip(200), oneParagraph));
        var imported = IndexPublisher.Import(source, index);
        var largeBytes = new FileInfo(Path.Combine(source, "large.txt")).Length;
        Console.WriteLine(
            $"{imported.Documents} documents imported, large.txt {largeBytes:N0} bytes" +
            (oneParagraph ? ", its body one paragraph" : "") + (copies > 0 ? $", and {copies} copies" : ""));

        using var site = new Site(source, index);
        var client = Started(site);
        var archive = (Web.Hosting.ArchiveHost)site.Services.GetService(typeof(Web.Hosting.ArchiveHost))!;
        using var lease = archive.Lease();
        var id = lease.Index.Catalog.Documents.Single(d => d.Title == LargeTitle).Id;
        string[] routes =
        [
            "/documents/large", "/documents/large?q=công+tác", "/documents/large?q=\"an ninh\"",
            "/documents/large/raw", "/api/documents/large",
            "/search?q=công+tác", "/search?q=\"an ninh\"",
            "/api/search?q=công+tác", "/api/search?q=công+tác&size=100",
            // Its title's words: the large document is the first hit.
            "/search?q=\"văn bản rất dài\"", "/api/search?q=\"văn bản rất dài\"",
        ];
        Print(
            $"one document of {FolderImport.MaxFileBytes:N0} bytes",
            routes.Select(route => Time(client, route.Replace("large", id), iterations)));

        // What the attack of issue 16 did: six views of the page at once.
        var before = Measure.PeakMemoryMb();
        var clock = Stopwatch.StartNew();
        Task.WaitAll(Enumerable.Range(0, 6).Select(i => client.GetAsync($"/documents/{id}?r=six{i}")).ToArray());
        Console.WriteLine(
            $"\nsix views of /documents/large at once: {clock.ElapsedMilliseconds} ms; " +
            $"peak resident memory {Measure.F(before)} → {Measure.F(Measure.PeakMemoryMb())} MB");
    }

    private const string LargeTitle = "Tập hợp các bài báo làm một văn bản rất dài";

    // Titles and bodies of real articles, one paragraph each (or all on one line), up to the size limit.
    private static byte[] LargeDocument(string title, IEnumerable<string> articles, bool oneParagraph)
    {
        var text = new StringBuilder(title + "\n");
        var separator = oneParagraph ? " " : "\n";
        foreach (var file in articles)
        {
            var article = File.ReadAllText(file).Replace('\n', ' ').Trim();
            if (Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(article) + 1
                > FolderImport.MaxFileBytes)
                break;
            text.Append(article).Append(separator);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// What following a search in a feed costs beside the search page: `/search.atom` against `/search` (its
    /// relevance order, and the date order the feed uses), the same queries, requests of the three interleaved
    /// and the order turned each round, so that the machine's load falls on all alike.
    /// </summary>
    public static void Feeds(string source, string index, int iterations)
    {
        using var site = new Site(source, index);
        var client = Started(site);
        var archive = (Web.Hosting.ArchiveHost)site.Services.GetService(typeof(Web.Hosting.ArchiveHost))!;
        using var lease = archive.Lease();
        string[] queries = ["tham nhũng", "tham nhung", "Kết luận 32", "32-KL/TW", "hội nghị"];
        string[] kinds = ["/search?q={0}", "/search?q={0}&sort=date-desc", "/search.atom?q={0}"];
        Console.WriteLine($"\n{iterations} requests of each, each with a query string of its own (no output cache)\n");
        Console.WriteLine(
            "| query | hits | page p50 ms | p95 | page by date p50 | p95 | feed p50 | p95 | feed / page p95 | " +
            "page MB | by date MB | feed MB | page KB | feed KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var all = kinds.Select(_ => new List<double>()).ToArray();
        foreach (var query in queries)
        {
            var routes = kinds.Select(k => string.Format(CultureInfo.InvariantCulture, k, Uri.EscapeDataString(query)))
                .ToArray();
            var hits = lease.Index.Search(new Search.SearchRequest { Query = query }).Total;
            var samples = routes.Select(_ => new List<(double Ms, double Mb, double Kb, int Status)>()).ToArray();
            foreach (var route in routes)
                for (var i = 0; i < 3; i++) Sample(client, route);
            for (var i = 0; i < iterations; i++)
                for (var k = 0; k < routes.Length; k++)
                {
                    var which = (i + k) % routes.Length;
                    var sample = Sample(client, routes[which]);
                    if (sample.Status != 200) throw new InvalidOperationException($"{routes[which]}: {sample.Status}");
                    samples[which].Add(sample);
                }
            var times = samples.Select(s => s.Select(x => x.Ms).Order().ToList()).ToArray();
            for (var k = 0; k < kinds.Length; k++) all[k].AddRange(times[k]);
            string P(int k, double p) => Measure.F(Measure.Percentile(times[k], p));
            Console.WriteLine(
                $"| {query} | {hits:N0} | {P(0, 50)} | {P(0, 95)} | {P(1, 50)} | {P(1, 95)} | " +
                $"{P(2, 50)} | {P(2, 95)} | " +
                $"{Measure.F(Measure.Percentile(times[2], 95) / Measure.Percentile(times[0], 95))} | " +
                $"{string.Join(" | ", samples.Select(s => Measure.F(Measure.Median(s.Select(x => x.Mb)))))} | " +
                $"{Measure.F(samples[0][0].Kb)} | {Measure.F(samples[2][0].Kb)} |");
        }
        var pooled = all.Select(t => t.Order().ToList()).ToArray();
        string Q(int k, double p) => Measure.F(Measure.Percentile(pooled[k], p));
        Console.WriteLine(
            $"| all five | | {Q(0, 50)} | {Q(0, 95)} | {Q(1, 50)} | {Q(1, 95)} | {Q(2, 50)} | {Q(2, 95)} | " +
            $"{Measure.F(Measure.Percentile(pooled[2], 95) / Measure.Percentile(pooled[0], 95))} | | | | | |");
    }

    private static (double Ms, double Mb, double Kb, int Status) Sample(HttpClient client, string route)
    {
        var fresh = route + (route.Contains('?') ? "&" : "?") + "r=" + Interlocked.Increment(ref counter);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using var answer = client.GetAsync(fresh).GetAwaiter().GetResult();
        var body = answer.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var ms = clock.Elapsed.TotalMilliseconds;
        var mb = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6;
        return (ms, mb, body.Length / 1e3, (int)answer.StatusCode);
    }

    private static HttpClient Started(Site site)
    {
        var client = site.CreateClient();
        var archive = (Web.Hosting.ArchiveHost)site.Services.GetService(typeof(Web.Hosting.ArchiveHost))!;
        if (!archive.Loaded.Wait(TimeSpan.FromMinutes(5)) || !archive.IsLoaded)
            throw new TimeoutException($"The archive did not load: {archive.Status}");
        return client;
    }

    private static int counter;

    private static Cost Time(HttpClient client, string route, int iterations)
    {
        // Warm: the route's code compiled, its data read once.
        for (var i = 0; i < 3; i++) Sample(client, route);
        var samples = Enumerable.Range(0, iterations).Select(_ => Sample(client, route)).ToList();
        return new Cost(
            route,
            samples[^1].Status,
            Measure.Median(samples.Select(s => s.Ms)),
            samples.Max(s => s.Ms),
            Measure.Median(samples.Select(s => s.Mb)),
            samples.Max(s => s.Mb),
            samples.Average(s => s.Kb));
    }

    private static void Print(string what, IEnumerable<Cost> costs)
    {
        Console.WriteLine($"\n{what}; each request with a query string of its own (no output cache)\n");
        Console.WriteLine("| route | status | median ms | max ms | allocated MB, median | max | response KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var cost in costs)
            Console.WriteLine(
                $"| `{cost.Route}` | {cost.Status} | {Measure.F(cost.MedianMs)} | {Measure.F(cost.MaxMs)} | " +
                $"{Measure.F(cost.AllocatedMb)} | {Measure.F(cost.MaxAllocatedMb)} | {Measure.F(cost.ResponseKb)} |");
    }
}
