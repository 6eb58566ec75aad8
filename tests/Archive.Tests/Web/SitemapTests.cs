using System.Net;
using System.Xml.Linq;
using Archive.Web.Feeds;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>`/sitemap.xml` is an index of bounded parts, each cached once per index generation.</summary>
public sealed class SitemapTests : IClassFixture<ArchiveWebFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly ArchiveWebFactory factory;

    // The fixture's site imports first, so the Production variant opens its index instead of importing
    // into the same folder at once.
    public SitemapTests(ArchiveWebFactory factory)
    {
        factory.CreateClient().Dispose();
        this.factory = factory;
    }

    [Fact]
    public async Task TheIndexListsEachPart()
    {
        var client = factory.CreateClient();

        var parts = await Locations(client, "/sitemap.xml", "sitemap");

        Assert.NotEmpty(parts);
        Assert.Equal(Enumerable.Range(1, parts.Count).Select(n => $"/sitemaps/{n}.xml"), parts.Select(Path));
        foreach (var part in parts)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path(part))).StatusCode);
    }

    [Fact]
    public async Task ThePartsTogetherListEveryPage()
    {
        var client = factory.CreateClient();
        using var lease = factory.Services.GetRequiredService<ArchiveHost>().Lease();
        var (catalog, directives) = (lease.Index.Catalog, lease.Index.Directives);

        var listed = new List<string>();
        foreach (var part in await Locations(client, "/sitemap.xml", "sitemap"))
            listed.AddRange((await Locations(client, Path(part), "url")).Select(Path));

        // What the single sitemap listed before it was split.
        List<string> expected =
        [
            "/", "/dates", "/dates/undated", "/directives", "/organisations", "/provinces", "/people", "/search",
            "/help/search", "/about",
        ];
        expected.AddRange(catalog.Years().Select(y => $"/dates/{y.Year}"));
        expected.AddRange(catalog.Dated.Select(d => $"/dates/{d.Date!.Value.Year}/{d.Date.Value.Month:00}").Distinct());
        expected.AddRange(catalog.Documents.Select(d => $"/documents/{d.Id}"));
        expected.AddRange(directives.Entries.Select(e => $"/directives/{e.Slug}"));
        expected.AddRange(catalog.Organisations.Select(o => $"/organisations/{o.Slug}"));
        expected.AddRange(catalog.People.Select(p => $"/people/{p.Slug}"));
        expected.AddRange(catalog.Provinces.Select(p => $"/provinces/{p.Slug}"));
        Assert.Contains("/provinces/", string.Join(" ", listed));
        Assert.Contains("/documents/", string.Join(" ", listed));
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task EachPartHoldsAtMostTheProtocolsLimit()
    {
        var client = factory.CreateClient();
        using var lease = factory.Services.GetRequiredService<ArchiveHost>().Lease();
        var total = Sitemaps.Paths(lease).Count();

        var parts = await Locations(client, "/sitemap.xml", "sitemap");
        var sizes = new List<int>();
        foreach (var part in parts)
            sizes.Add((await Locations(client, Path(part), "url")).Count);

        Assert.Equal((total + Sitemaps.UrlsPerPart - 1) / Sitemaps.UrlsPerPart, parts.Count);
        Assert.All(sizes, size => Assert.InRange(size, 1, Sitemaps.UrlsPerPart));
        Assert.Equal(total, sizes.Sum());
    }

    [Theory]
    [InlineData("/sitemaps/0.xml")]
    [InlineData("/sitemaps/2.xml")]
    [InlineData("/sitemaps/999999.xml")]
    [InlineData("/sitemaps/-1.xml")]
    [InlineData("/sitemaps/x.xml")]
    public async Task APartOutOfRangeIsNotFound(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemaps/1.xml")]
    public async Task AQueryStringOrAnotherHostIsServedTheSameCachedCopy(string path)
    {
        using var site = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var plain = site.CreateClient();
        var odd = site.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });

        var first = await plain.GetAsync(path);
        var again = await odd.GetAsync(path + "?cache-buster=" + Guid.NewGuid());

        Assert.False(first.Headers.Contains("Age"), "the first answer was already cached");
        // The output cache marks an answer it served from a stored copy with Age.
        Assert.True(again.Headers.Contains("Age"), "a query string or Host made a new copy");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> Locations(HttpClient client, string path, string element)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return xml.Root!.Elements(Sitemap + element).Select(e => e.Element(Sitemap + "loc")!.Value).ToList();
    }

    private static string Path(string location) => location.StartsWith('/') ? location : new Uri(location).AbsolutePath;
}
