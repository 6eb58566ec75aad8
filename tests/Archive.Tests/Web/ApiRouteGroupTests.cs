using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>
/// The /api route group carries its policies: whatever refuses a request under it answers with a problem.
/// </summary>
public sealed class ApiRouteGroupTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/documents/a/b/c")]
    [InlineData("/api/")]
    public async Task AnUnknownPathUnderTheApiIsAProblemNotThePagesHtml(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("POST", "/api/documents")]
    [InlineData("DELETE", "/api/search?q=a")]
    [InlineData("PUT", "/api/no-such-thing")]
    public async Task AWriteToTheApiIsAProblemThatNamesTheMethodsAllowed(string method, string path)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APageOutsideTheApiKeepsTheSitesOwnErrorPage()
    {
        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
