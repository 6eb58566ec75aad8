using System.Diagnostics;
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
        var year = catalog.Years().OrderByDescending(y => y.Count).FirstOrDefault().Year;
        string[] routes =
        [
            "/", "/about", "/help/search",
            "/dates", $"/dates/{(year == 0 ? 2020 : year)}", $"/dates/{(year == 0 ? 2020 : year)}/06", "/dates/undated",
            "/directives", $"/directives/{directive}",
            "/organisations", $"/organisations/{organisation}", "/people", $"/people/{person}",
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
        string Fresh() => route + (route.Contains('?') ? "&" : "?") + "r=" + Interlocked.Increment(ref counter);
        // Warm: the route's code compiled, its data read once.
        for (var i = 0; i < 3; i++) client.GetAsync(Fresh()).GetAwaiter().GetResult().Dispose();
        var times = new List<double>();
        var allocations = new List<double>();
        long bytes = 0;
        var status = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            using var answer = client.GetAsync(Fresh()).GetAwaiter().GetResult();
            var body = answer.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            times.Add(clock.Elapsed.TotalMilliseconds);
            allocations.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6);
            bytes += body.Length;
            status = (int)answer.StatusCode;
        }
        return new Cost(
            route,
            status,
            Measure.Median(times),
            times.Max(),
            Measure.Median(allocations),
            allocations.Max(),
            bytes / 1e3 / iterations);
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
