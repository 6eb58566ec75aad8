using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Archive.Tests.Reliability;

/// <summary>
/// Thousands of hostile requests from a seed (<c>ARCHIVE_FUZZ_SEED</c>; how many: <c>ARCHIVE_FUZZ_REQUESTS</c>),
/// over every route and parameter, through the in-memory server, and broken HTTP over raw sockets to a
/// real Kestrel. No answer may be a 5xx, lack the security headers, take over 5 s, reflect the spoofed
/// Host, or hold the injected script unescaped.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class HttpFuzzTests(HttpFuzzTests.ProductionSite factory, ITestOutputHelper output)
    : IClassFixture<HttpFuzzTests.ProductionSite>
{
    private static readonly int Seed = FromEnvironment("ARCHIVE_FUZZ_SEED", 16);
    private static readonly int Requests = FromEnvironment("ARCHIVE_FUZZ_REQUESTS", 5000);

    [Fact]
    public async Task NoHostileRequestGetsABadAnswer()
    {
        var client = factory.CreateClient();
        var requests = new HostileRequests(Seed, await HostileRequests.SitemapPaths(client));
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Requests; i++)
        {
            var request = requests.Next();
            var started = clock.Elapsed;
            using var response = await client.SendAsync(Message(request));
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            var problem = BadAnswers.Problem(
                (int)response.StatusCode,
                BadAnswers.Head(response),
                body,
                clock.Elapsed - started);
            if (problem is not null) failures.Add($"{problem}: {request}");
        }

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:0.0} s, seed {Seed}: " +
                         string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}")));
        AssertNone(failures, Requests);
    }

    [Fact]
    public async Task NoHostileConnectionGetsABadAnswer()
    {
        await using var site = new ProductionSite();
        var address = site.ServeOnLoopback();
        await site.Services.GetRequiredService<ArchiveHost>().Loaded;
        using var client = new HttpClient { BaseAddress = address };
        var requests = new HostileRequests(Seed, await HostileRequests.SitemapPaths(client));
        var connections = Math.Max(Requests / 10, 100);
        var failures = new List<string>();
        var resets = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < connections; i++)
        {
            var connection = requests.NextConnection();
            var started = clock.Elapsed;
            var (answer, reset) = await Exchange(address, connection);
            var took = clock.Elapsed - started;
            if (reset) resets++;
            var problem = took > BadAnswers.TooLong ? $"took {took.TotalSeconds:0.0} s"
                : answer.Length == 0 && !connection.GivesUp && !reset ? "no answer"
                : ResponsesProblem(answer, took, reset);
            if (problem is not null) failures.Add($"{problem}: {Printable(string.Concat(connection.Pieces))}");
        }

        output.WriteLine(
            $"{connections} connections in {clock.Elapsed.TotalSeconds:0.0} s, seed {Seed}, " +
            $"{resets} reset by the server");
        AssertNone(failures, connections);
    }

    [Fact]
    public void TheFuzzerKnowsEveryRouteOfTheSite()
    {
        factory.CreateClient().Dispose();
        var site = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)[^}]*\}", "{$1}"));

        Assert.Equal(
            site.Distinct().Order(StringComparer.Ordinal),
            HostileRequests.Routes.Select(r => r.Route).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The site as deployed: in Development it writes the request's Host into absolute URLs on purpose.
    /// </summary>
    public sealed class ProductionSite : ArchiveWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    /// <summary>
    /// What is wrong with any response in what a server sent on one connection, or null. After a reset
    /// only the whole responses count: the reset may drop the rest.
    /// </summary>
    private static string? ResponsesProblem(byte[] answer, TimeSpan took, bool reset)
    {
        var text = Encoding.Latin1.GetString(answer);
        // Kestrel's answer to an HTTP/2 preface: a GOAWAY frame (HTTP_1_1_REQUIRED), not an HTTP answer.
        if (text == "\0\0\u0008\u0007\0\0\0\0\0\0\0\0\0\0\0\0\u000d") return null;
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf("\r\n\r\n", at, StringComparison.Ordinal);
            if (end < 0 && reset) return null;
            if (end < 0 || !text.AsSpan(at).StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
                return $"unreadable answer at byte {at}: {Printable(text[at..])}";
            var head = text[at..end];
            var status = int.Parse(head[9..12], CultureInfo.InvariantCulture);
            at = end + 4;
            var length = Regex.Match(head, @"\r\nContent-Length: (\d+)", RegexOptions.IgnoreCase);
            var bodyStart = at;
            if (status is < 200 or 204 or 304) { }
            else if (length.Success) at += int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (Regex.IsMatch(head, @"\r\nTransfer-Encoding: chunked", RegexOptions.IgnoreCase))
                at = AfterChunks(text, at);
            else at = text.Length;
            if (at > text.Length) return reset ? null : $"{status} cut short";
            var body = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(text[bodyStart..at]));
            if (status >= 200 && BadAnswers.Problem(status, head, body, took) is { } problem) return problem;
        }
        return null;
    }

    private static int AfterChunks(string text, int at)
    {
        while (true)
        {
            var line = text.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (line < 0) return int.MaxValue;
            var size = int.Parse(text[at..line].Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            at = line + 2 + size + 2;
            if (size == 0) return at;
        }
    }

    /// <summary>
    /// Writes the pieces and reads until the server closes the connection. Kestrel takes a half-closed
    /// connection for a closed one and drops the answers under way, so a request that asks to close ends
    /// the connection; one that gives up waits a moment and closes it. A server that closes after a bad
    /// request while later requests are still unread resets the connection (TCP), which can drop what it
    /// sent before: that is told apart.
    /// </summary>
    private static async Task<(byte[] Answer, bool Reset)> Exchange(Uri address, HostileConnection connection)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        using var timeout = new CancellationTokenSource(BadAnswers.TooLong + TimeSpan.FromSeconds(1));
        using var answer = new MemoryStream();
        try
        {
            foreach (var piece in connection.Pieces)
            {
                await stream.WriteAsync(Encoding.Latin1.GetBytes(piece), timeout.Token);
                await stream.FlushAsync(timeout.Token);
            }
            if (connection.GivesUp)
            {
                await Task.Delay(20);
                return ([], false);
            }
            await stream.WriteAsync(
                "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8.ToArray(),
                timeout.Token);
            await stream.CopyToAsync(answer, timeout.Token);
        }
        catch (IOException)
        {
            return (answer.ToArray(), true);
        }
        catch (OperationCanceledException)
        {
            // Still open after the time limit: the caller reports how long it took.
        }
        return (answer.ToArray(), false);
    }

    private static HttpRequestMessage Message(HostileRequest request)
    {
        // The in-memory server refuses a NUL in the path before the site sees it (Kestrel answers 400: see
        // the raw part); an overlong NUL goes in its place.
        var query = request.Target.IndexOf('?');
        var path = query < 0 ? request.Target : request.Target[..query];
        var target = path.Replace("%00", "%C0%80", StringComparison.Ordinal) + request.Target[path.Length..];
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri("http://localhost" + target));
        foreach (var (name, value) in request.Headers)
            if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is null)
                (message.Content = new ByteArrayContent([])).Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    private static void AssertNone(List<string> failures, int count)
    {
        if (failures.Count > 0)
            Assert.Fail(
                $"{failures.Count} of {count} failed with seed {Seed} (repeat with ARCHIVE_FUZZ_SEED={Seed}):\n" +
                string.Join("\n", failures.Take(20)));
    }

    private static string Printable(string text)
    {
        var shown = Regex.Replace(
            text.Length <= 300 ? text : text[..300] + "…",
            @"[\x00-\x1f\x7f-\xff]",
            m => $"\\x{(int)m.Value[0]:x2}");
        return shown;
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
