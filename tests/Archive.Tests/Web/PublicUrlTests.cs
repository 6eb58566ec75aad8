using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Tests.Web;

/// <summary>Absolute URLs come from `Archive:PublicUrl`, never from the Host header a client sent.</summary>
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

    public static TheoryData<string> FilesWithAbsoluteUrls => ["/robots.txt", "/sitemap.xml", "/feed.atom", "/opensearch.xml"];

    [Theory]
    [MemberData(nameof(FilesWithAbsoluteUrls))]
    public async Task WritesTheConfiguredPublicUrl(string path)
    {
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example/"));

        var body = await FromEvilHost(site, path);

        Assert.Contains("https://archive.example/", body);
        Assert.DoesNotContain("https://archive.example//", body);
        Assert.DoesNotContain("evil.example", body);
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
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example"));
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        var list = await client.GetStringAsync("/api/documents?size=1");
        var id = System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetString();

        var page = await client.GetStringAsync($"/documents/{id}");

        Assert.Contains($"<link rel=\"canonical\" href=\"https://archive.example/documents/{id}\">", page);
        Assert.DoesNotContain("evil.example", page);
    }

    private static async Task<string> FromEvilHost(WebApplicationFactory<Program> site, string path)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
