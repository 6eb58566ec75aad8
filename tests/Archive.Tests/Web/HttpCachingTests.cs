using System.Net;
using System.Net.Http.Headers;

namespace Archive.Tests.Web;

/// <summary>Answers carry the index generation as ETag, so browsers and CDNs can keep them.</summary>
public sealed class HttpCachingTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Theory]
    [InlineData("/dates/2018")]
    [InlineData("/api/documents")]
    public async Task ARepeatedRequestWithTheETagGets304(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(path);

        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task EachLanguageHasItsOwnETag()
    {
        var client = factory.CreateClient();

        var vietnamese = await client.GetAsync("/dates");
        var english = new HttpRequestMessage(HttpMethod.Get, "/dates");
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var englishAnswer = await client.SendAsync(english);

        Assert.NotEqual(vietnamese.Headers.ETag, englishAnswer.Headers.ETag);
    }

    [Fact]
    public async Task ErrorsAreNotMarkedCacheable()
    {
        var response = await factory.CreateClient().GetAsync("/documents/no-such-document");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
