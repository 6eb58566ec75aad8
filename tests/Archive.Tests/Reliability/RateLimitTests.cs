using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Tests.Reliability;

public sealed class RateLimitTests
{
    [Fact]
    public async Task TooManySearchesFromOneAddressGet429WithRetryAfter()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) answers.Add(await client.GetAsync("/api/search?q=tham+nhung"));

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dates")).StatusCode);
    }

    [Theory]
    [InlineData("/documents/{id}?r=")]
    [InlineData("/documents/{id}/raw?r=")]
    [InlineData("/dates/undated?r=")]
    [InlineData("/people?r=")]
    [InlineData("/sitemaps/1.xml?r=")]
    [InlineData("/feed.atom?r=")]
    public async Task TooManyPagesFromOneAddressGet429EvenWithAQueryStringOfTheirOwn(string route)
    {
        using var site = new Limited();
        var client = site.CreateClient();
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1"))
            .GetProperty("items")[0]
            .GetProperty("id")
            .GetString()!;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) answers.Add(await client.GetAsync(route.Replace("{id}", id) + i));

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].StatusCode);
        Assert.True(answers[5].Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task APageRefusedIsTheSitesOwn429PageAndTheApiAProblem()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        for (var i = 0; i < 5; i++) await client.GetAsync($"/dates?r={i}");
        var page = await client.GetAsync("/dates?r=last");
        for (var i = 0; i < 3; i++) await client.GetAsync($"/api/search?q=a{i}");
        var api = await client.GetAsync("/api/search?q=last");

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("Quá nhiều yêu cầu", await page.Content.ReadAsStringAsync());
        Assert.True(int.Parse(page.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ASearchsFeedCountsAsASearch()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search.atom?q=a{i}")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search.atom?q=last")).StatusCode);
    }

    [Fact]
    public async Task PagesAndSearchesAreCountedApart()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        for (var i = 0; i < 5; i++) await client.GetAsync($"/dates?r={i}");
        var search = await client.GetAsync("/api/search?q=tham+nhung");
        var page = await client.GetAsync("/dates?r=last");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }

    [Fact]
    public async Task TheHealthProbesAreNeverLimited()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }
    }

    [Fact]
    public async Task ANotFoundPageCountsOnce()
    {
        using var site = new Limited();
        var client = site.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) answers.Add(await client.GetAsync($"/no-such-page-{i}"));

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].StatusCode);
    }

    [Fact]
    public async Task LimitingCanBeTurnedOff()
    {
        using var site = new ArchiveWebFactory();
        var client = site.CreateClient();

        for (var i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=an+ninh")).StatusCode);
    }

    private sealed class Limited : ArchiveWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:RateLimit:Disabled", "false");
            builder.UseSetting("Archive:RateLimit:PermitLimit", "3");
            builder.UseSetting("Archive:RateLimit:PagePermitLimit", "5");
            builder.UseSetting("Archive:RateLimit:WindowSeconds", "60");
        }
    }
}
