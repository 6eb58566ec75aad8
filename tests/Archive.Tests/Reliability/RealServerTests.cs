using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Reliability;

/// <summary>
/// What only a real server sees: raw request lines with NUL bytes, over-long URLs and headers, and Kestrel's
/// own answers to them.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class RealServerTests : IAsyncLifetime
{
    private readonly ArchiveWebFactory site = new();
    private Uri address = null!;

    public Task InitializeAsync()
    {
        address = site.ServeOnLoopback();
        return site.Services.GetRequiredService<Archive.Web.Hosting.ArchiveHost>().Loaded;
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData("/documents/%00")]
    [InlineData("/documents/a%00b/raw")]
    [InlineData("/directives/%00")]
    [InlineData("/api/documents/%00")]
    public async Task ANulInThePathIsRefusedWith400(string path)
    {
        var status = await RawStatus($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task AnOverLongUrlIs414()
    {
        var answer = await RawAnswer($"GET /search?q={new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 414 ", answer);
        AssertSecurityHeaders(answer);
    }

    [Fact]
    public async Task OverLongHeadersAre431()
    {
        var answer = await RawAnswer($"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('a', 40_000)}\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 431 ", answer);
        AssertSecurityHeaders(answer);
    }

    [Fact]
    public async Task TheServerDoesNotNameItself()
    {
        using var client = new HttpClient { BaseAddress = address };

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    // Issue 16 reported a 500 for the second of two pipelined requests when it carried
    // Content-Length: 0; not reproduced (methods, routes, content types tried), so this pins the answers.
    [Theory]
    [InlineData("GET", "/search?q=a", "", 200)]
    [InlineData("GET", "/api/search?q=a", "", 200)]
    [InlineData("HEAD", "/search?q=a", "", 200)]
    [InlineData("GET", "/search?q=a", "Content-Type: multipart/form-data\r\n", 200)]
    [InlineData("GET", "/search?q=a", "Content-Type: application/x-www-form-urlencoded\r\n", 200)]
    [InlineData("GET", "/api/search?q=a", "Content-Type: application/json\r\n", 200)]
    [InlineData("GET", "/nope", "", 404)]
    [InlineData("POST", "/search?q=a", "", 405)]
    public async Task APipelinedRequestWithAnEmptyBodyGetsAnOrdinaryAnswer(
        string method,
        string target,
        string headers,
        int expected)
    {
        var statuses = await RawStatuses(
            "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n" +
            $"{method} {target} HTTP/1.1\r\nHost: localhost\r\n{headers}Content-Length: 0\r\n\r\n" +
            "GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal([200, expected, 200], statuses);
    }

    // Kestrel writes these answers itself, before any middleware; they carry the headers all the same.
    [Theory]
    [InlineData("GET /documents/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1 extra\r\nHost: localhost\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n", 400)]
    [InlineData("GET /\nHost: localhost\r\n\r\n", 400)]
    [InlineData("POST / HTTP/1.0\r\nHost: localhost\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.2\r\nHost: localhost\r\n\r\n", 505)]
    [InlineData("GET / HTTP/2.0\r\nHost: localhost\r\n\r\n", 505)]
    public async Task KestrelsOwnAnswersCarryTheSecurityHeaders(string request, int status)
    {
        var answer = await RawAnswer(request);

        Assert.True(answer.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), answer);
        AssertSecurityHeaders(answer);
    }

    // A slowloris: Kestrel answers headers that do not arrive in time with its own 408.
    [Fact]
    public async Task HeadersThatDoNotArriveInTimeGetA408WithTheSecurityHeaders()
    {
        await using var slow = new ArchiveWebFactory();
        slow.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(1);
        });
        slow.StartServer();
        var slowAddress = new Uri(
            slow.Services.GetRequiredService<IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.Single());

        var answer = await RawAnswer(slowAddress, "GET / HTTP/1.1\r\nHost: localhost\r\n");

        Assert.True(answer.StartsWith("HTTP/1.1 408 ", StringComparison.Ordinal), answer);
        AssertSecurityHeaders(answer);
    }

    // Over cleartext Kestrel speaks HTTP/1.1 only: an HTTP/2 preface gets a GOAWAY frame
    // (HTTP_1_1_REQUIRED), not an answer, so there is no HTTP/2 answer to carry the headers.
    [Fact]
    public async Task HTTP2IsNotSpoken()
    {
        var answer = await RawAnswer("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

        Assert.Equal("\0\0\u0008\u0007\0\0\0\0\0\0\0\0\0\0\0\0\u000d", answer);
    }

    [Fact]
    public async Task AGoodAnswerBeforeABadRequestIsSentUnchanged()
    {
        using var client = new HttpClient { BaseAddress = address };
        var id = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/documents?size=1"))
            .RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        var raw = Encoding.Latin1.GetString(await client.GetByteArrayAsync($"/documents/{id}/raw"));

        var answers = await RawAnswer(
            $"GET /documents/{id}/raw HTTP/1.1\r\nHost: localhost\r\n\r\nGET / HTTP/1.1 extra\r\n\r\n");

        var good = answers[..answers.IndexOf("HTTP/1.1 400 ", StringComparison.Ordinal)];
        var bad = answers[good.Length..];
        Assert.StartsWith("HTTP/1.1 200 ", good);
        Assert.EndsWith("\r\n\r\n" + raw, good);
        Assert.Equal("sandbox; default-src 'none'", HeaderValues(good, "Content-Security-Policy").Single());
        Assert.Equal("nosniff", HeaderValues(good, "X-Content-Type-Options").Single());
        AssertSecurityHeaders(bad);
    }

    // Kestrel allows no request body; /oai raises the bound for its own POST, and only to its own limit.
    [Theory]
    [InlineData("/oai", 13, false, 200)]
    [InlineData("/oai", 9000, false, 413)]
    [InlineData("/oai", 9000, true, 413)]
    [InlineData("/", 13, false, 405)]
    public async Task APostedBodyIsReadOnlyByOaiAndOnlyUpToItsBound(
        string path, int length, bool chunked, int status)
    {
        var form = "verb=Identify" + (length > 13 ? "&x=" + new string('a', length - 16) : "");
        var framing = chunked
            ? $"Transfer-Encoding: chunked\r\n\r\n{form.Length:x}\r\n{form}\r\n0\r\n\r\n"
            : $"Content-Length: {form.Length}\r\n\r\n{form}";

        var answer = await RawAnswer($"POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + $"Content-Type: application/x-www-form-urlencoded\r\n{framing}");

        Assert.StartsWith($"HTTP/1.1 {status} ", answer);
    }

    private static void AssertSecurityHeaders(string answer)
    {
        foreach (var (name, value) in Archive.Web.Hosting.SecurityHeaders.All)
            Assert.Equal([value], HeaderValues(answer, name));
    }

    private static string[] HeaderValues(string answer, string name)
    {
        var head = answer[..answer.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        return [.. head.Split("\r\n").Skip(1)
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line[(name.Length + 1)..].Trim())];
    }

    /// <summary>Everything the server sends on one connection, until it closes it.</summary>
    private Task<string> RawAnswer(string requests) => RawAnswer(address, requests);

    private static async Task<string> RawAnswer(Uri address, string requests)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(requests));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var answers = new MemoryStream();
        await stream.CopyToAsync(answers, timeout.Token);
        return Encoding.Latin1.GetString(answers.ToArray());
    }

    /// <summary>Every status line on one connection, read until the server closes it.</summary>
    private async Task<int[]> RawStatuses(string requests) =>
        [
            .. System.Text.RegularExpressions.Regex.Matches(await RawAnswer(requests), @"HTTP/1\.1 (\d{3}) ")
                .Select(m => int.Parse(m.Groups[1].Value)),
        ];

    private async Task<int> RawStatus(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
        return int.Parse(statusLine.Split(' ')[1]);
    }
}
