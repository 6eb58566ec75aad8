using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Tests.Web;

/// <summary>
/// Absolute URLs come from `Archive:PublicUrl`, never from the Host header a client sent; with it, other
/// hosts are refused.
/// </summary>
public sealed class PublicUrlTests : IClassFixture<ArchiveWebFactory>
{
    private readonly ArchiveWebFactory factory;

    // The fixture's site imports first, so the variants below open its index instead of importing
    // into the same folder at once.
    public PublicUrlTests(ArchiveWebFactory factory)
    {
        factory.CreateClient().Dispose();
        this.factory = factory;
    }

    public static TheoryData<string> FilesWithAbsoluteUrls =>
        ["/robots.txt", "/sitemap.xml", "/feed.atom", "/opensearch.xml"];

    [Theory]
    [MemberData(nameof(FilesWithAbsoluteUrls))]
    public async Task WritesTheConfiguredPublicUrl(string path)
    {
        using var site = factory.WithWebHostBuilder(
            builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example/"));

        var client = site.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5000") });
        var body = await client.GetStringAsync(path);

        Assert.Contains("https://archive.example/", body);
        Assert.DoesNotContain("https://archive.example//", body);
        Assert.DoesNotContain("localhost", body);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("archive.example.evil.example", HttpStatusCode.BadRequest)]
    [InlineData("archive.example", HttpStatusCode.OK)]
    [InlineData("ARCHIVE.example:8080", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task WithAPublicUrlOnlyItsHostAndLoopbackAreAnswered(string host, HttpStatusCode expected)
    {
        using var site = factory.WithWebHostBuilder(
            builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example/"));
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        // A refused host's answer carries the security headers like any other.
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (expected == HttpStatusCode.BadRequest)
            Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOperatorsOwnAllowedHostsIsKept()
    {
        using var site = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Archive:PublicUrl", "https://archive.example/").UseSetting("AllowedHosts", "mirror.example"));
        var client = site.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://mirror.example") });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/robots.txt")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(FilesWithAbsoluteUrls))]
    public async Task NeverWritesTheRequestsHostOutsideDevelopment(string path)
    {
        using var site = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var body = await FromEvilHost(site, path);

        Assert.DoesNotContain("evil.example", body);
    }

    [Fact]
    public async Task TheDocumentPagesCanonicalUrlIsThePublicOne()
    {
        using var site = factory.WithWebHostBuilder(
            builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example"));
        var client = site.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });
        var list = await client.GetStringAsync("/api/documents?size=1");
        var id = System.Text.Json.JsonDocument.Parse(list)
            .RootElement.GetProperty("items")[0]
            .GetProperty("id")
            .GetString();

        var page = await client.GetStringAsync($"/documents/{id}");

        Assert.Contains($"<link rel=\"canonical\" href=\"https://archive.example/documents/{id}\">", page);
        Assert.DoesNotContain("localhost", page);
    }

    private static async Task<string> FromEvilHost(WebApplicationFactory<Program> site, string path)
    {
        var client = site.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
