using System.Net;

namespace Archive.Tests.Reliability;

/// <summary>
/// Requests an attacker or a broken client would send: each gets a clear 4xx, never a 5xx, and changes
/// nothing.
/// </summary>
public sealed class HostileRequestTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/api/documents")]
    [InlineData("DELETE", "/api/documents/anything")]
    [InlineData("PATCH", "/search")]
    [InlineData("OPTIONS", "/")]
    public async Task AnswersOnlyGetAndHead(string method, string path)
    {
        var response = await client.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/documents")]
    [InlineData("/search?q=tham+nhung")]
    [InlineData("/feed.atom")]
    public async Task AnswersHeadLikeGetWithoutABody(string path)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/documents/..%2f..%2fetc%2fpasswd")]
    [InlineData("/documents/..%2F..%2Fseeds%2F000_3353512a4e8b0bbb.txt/raw")]
    [InlineData("/api/documents/..%2f..%2fappsettings.json")]
    [InlineData("/api/documents/%2e%2e")]
    [InlineData("/people/..%2f")]
    [InlineData("/organisations/%2e%2e%2f%2e%2e%2f")]
    public async Task NeverReadsAFileFromAnId(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/directives/%20")]
    [InlineData("/api/directives/%20")]
    [InlineData("/people/%20")]
    [InlineData("/organisations/%20")]
    [InlineData("/documents/%20")]
    [InlineData("/api/documents/%20")]
    public async Task ABlankNameIsNotFound(string path)
    {
        // The route gives null for a blank name: it names nothing.
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AVeryLongIdIsNotFound()
    {
        var response = await client.GetAsync("/documents/" + new string('a', 4000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/search?page=999999999")]
    [InlineData("/search?q=a&size=100000")]
    [InlineData("/api/search?q=a&from=yesterday")]
    [InlineData("/api/search?q=a&year=99999")]
    [InlineData("/api/documents?page=-1")]
    [InlineData("/directives?sort=drop")]
    [InlineData("/api/search?q=a&q=b")]
    public async Task ABrokenLimitIsA400(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=")]
    public async Task APhraseWithAWordTooLongToIndexIsA400(string path)
    {
        var phrase = Uri.EscapeDataString("\"an ninh " + new string('x', 300) + " trật tự\"");

        var response = await client.GetAsync(path + phrase);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/status/500")]
    [InlineData("/status/404")]
    [InlineData("/status/999")]
    [InlineData("/status/0")]
    [InlineData("/status/-1")]
    [InlineData("/status/2147483647")]
    [InlineData("/status/99999999999")]
    public async Task TheStatusPageCannotBeAskedForDirectly(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheRawFileCannotBeTurnedIntoAPage()
    {
        var list = await client.GetStringAsync("/api/documents?size=1");
        var id = System.Text.Json.JsonDocument.Parse(list)
            .RootElement.GetProperty("items")[0]
            .GetProperty("id")
            .GetString();

        var response = await client.GetAsync($"/documents/{id}/raw");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"{id}.txt", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
