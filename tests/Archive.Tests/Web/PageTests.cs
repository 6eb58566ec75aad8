using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;

namespace Archive.Tests.Web;

public sealed class PageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task EveryPageAnswersInVietnamese(string name)
    {
        var expected = SitePages.Named(name);
        var response = await client.GetAsync(expected.Path);
        if (expected.FirstLinkTo is not null)
        {
            var link = (await ParseAsync(response)).QuerySelector(expected.FirstLink)?.GetAttribute("href");
            Assert.True(link is not null, $"No link to {expected.FirstLinkTo}… on {expected.Path}");
            response = await client.GetAsync(link);
        }

        var page = await ParseAsync(response);

        Assert.Equal((HttpStatusCode)expected.Status, response.StatusCode);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task EveryDocumentPageAnswersInVietnamese()
    {
        foreach (var id in await IdsAsync())
        {
            var response = await client.GetAsync($"/documents/{id}");
            var page = await ParseAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public async Task HomeListsDocumentsByDateWithLinks()
    {
        var page = await ParseAsync(await client.GetAsync("/"));

        var links = page.QuerySelectorAll(".document-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal((await IdsAsync()).Select(id => $"/documents/{id}"), links);
    }

    [Fact]
    public async Task DocumentPageShowsTextBesideItsMetadata()
    {
        var document = await DocumentWithCodeAsync("32-KL/TW");

        var page = await ParseAsync(await client.GetAsync($"/documents/{document.GetProperty("id").GetString()}"));

        Assert.Equal(document.GetProperty("title").GetString(), page.QuerySelector("h1")!.TextContent);
        var metadata = page.QuerySelector("aside dl")!.TextContent;
        Assert.Contains(document.GetProperty("organisation").GetString()!, metadata);
        Assert.Contains("32-KL/TW", metadata);
        Assert.Contains("16/7/2018", metadata);
        Assert.Contains(document.GetProperty("sha256").GetString()!, metadata);
        var paragraphs = page.QuerySelectorAll("article .body > p").Select(p => p.TextContent).ToList();
        Assert.Equal(document.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()), paragraphs);
        Assert.NotNull(page.QuerySelector($"a[href='/documents/{document.GetProperty("id").GetString()}/raw']"));
    }

    [Fact]
    public async Task UnknownDocumentIsAFriendly404Page()
    {
        var response = await client.GetAsync("/documents/no-such-document");
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy", page.QuerySelector("h1")!.TextContent);
    }

    private async Task<IReadOnlyList<string>> IdsAsync()
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000");
        return list.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
    }

    private async Task<JsonElement> DocumentWithCodeAsync(string code)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000");
        return list.GetProperty("items").EnumerateArray().First(d =>
            d.GetProperty("directives").EnumerateArray().Any(r => r.GetProperty("code").GetString() == code));
    }

    internal static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
    }
}
