using System.Net;
using Archive.Tests.Web;
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
            builder.UseSetting("Archive:RateLimit:WindowSeconds", "60");
        }
    }
}
