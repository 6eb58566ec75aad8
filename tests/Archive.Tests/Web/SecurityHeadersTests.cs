using System.Net;
using Archive.Web.Help;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>The security headers are on every answer the application writes, errors included.</summary>
public sealed class SecurityHeadersTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("GET", "/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("GET", "/status/500", HttpStatusCode.NotFound)]
    [InlineData("GET", "/search?page=999999999", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/search?q=a&size=100000", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/api/documents", HttpStatusCode.MethodNotAllowed)]
    public async Task EveryAnswerCarriesThem(string method, string path, HttpStatusCode status)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task AServerErrorCarriesThemToo()
    {
        factory.CreateClient().Dispose(); // the fixture's site imports first; the variant opens its index
        using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<HelpPages>(_ => throw new IOException("The help pages cannot be read."))));

        var response = await broken.CreateClient().GetAsync("/about");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task TheRawFileKeepsItsOwnStricterPolicy()
    {
        var client = factory.CreateClient();
        var list = await client.GetStringAsync("/api/documents?size=1");
        var id = System.Text.Json.JsonDocument.Parse(list)
            .RootElement.GetProperty("items")[0]
            .GetProperty("id")
            .GetString();

        var response = await client.GetAsync($"/documents/{id}/raw");

        Assert.Equal("sandbox; default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(
            SecurityHeaders.ContentSecurityPolicy,
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }
}
