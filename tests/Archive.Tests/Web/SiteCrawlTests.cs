using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>Follows every link the site shows, from the home page: none may lead to an error.</summary>
public sealed class SiteCrawlTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const int MaxPages = 600;

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task EveryPageIsValidHtmlAndNoLinkLeadsToAnError()
    {
        var client = factory.CreateClient();
        var seen = new HashSet<string> { "/" };
        var queue = new Queue<string>(["/"]);
        var failures = new List<string>();

        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;

            var html = await response.Content.ReadAsStringAsync();
            // Valid HTML5 syntax: the strict parser throws on the first parse error.
            try
            {
                new AngleSharp.Html.Parser.HtmlParser(
                        new AngleSharp.Html.Parser.HtmlParserOptions { IsStrictMode = true })
                    .ParseDocument(html);
            }
            catch (AngleSharp.Html.Parser.HtmlParseException e)
            {
                failures.Add($"{path}: HTML error at line {e.Position.Line}, column {e.Position.Column}: {e.Message}");
            }
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) continue;
                var target = href.Split('#')[0];
                if (target.Length > 0 && seen.Add(target)) queue.Enqueue(target);
            }
        }

        Assert.Empty(failures);
        var documents = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000");
        Assert.All(
            documents.GetProperty("items").EnumerateArray(),
            d => Assert.Contains($"/documents/{d.GetProperty("id").GetString()}", seen));
    }

    [Fact]
    public void TheStrictHtmlCheckCatchesAParseError()
    {
        var strict = new AngleSharp.Html.Parser.HtmlParser(
            new AngleSharp.Html.Parser.HtmlParserOptions { IsStrictMode = true });

        Assert.Throws<AngleSharp.Html.Parser.HtmlParseException>(
            () => strict.ParseDocument("<!DOCTYPE html><title>x</title><p></div>"));
    }

    [Theory]
    [InlineData("/feed.atom", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/opensearch.xml", "application/opensearchdescription+xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task ServesTheFilesOtherProgramsRead(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }
}
