using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>
/// Code points Unicode normalisation refuses (noncharacters, surrogate halves), sent to every route
/// that normalises what it is given: a query is refused with a 400 that names the character, a path
/// names nothing, and nothing answers 500.
/// </summary>
public sealed class UnnormalizableTextTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    // U+FFFE, U+FFFF, U+FDD0, U+1FFFE as UTF-8.
    public static TheoryData<string, string> Noncharacters => new()
    {
        { "%EF%BF%BE", "U+FFFE" },
        { "%EF%BF%BF", "U+FFFF" },
        { "%EF%B7%90", "U+FDD0" },
        { "%F0%9F%BF%BE", "U+1FFFE" },
    };

    // A lone high and a lone low surrogate, as the bytes CESU-8 would write: not UTF-8, so they arrive as U+FFFD.
    public static TheoryData<string> LoneSurrogates => new() { "%ED%A0%80", "%ED%BF%BF" };

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public async Task ApiSearchRefusesANoncharacterSayingWhichAndWhere(string encoded, string named)
    {
        var response = await client.GetAsync($"/api/search?q=tham{encoded}nhung");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("vị trí 5", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public async Task SearchPageRefusesANoncharacterSayingWhichAndWhere(string encoded, string named)
    {
        var response = await client.GetAsync($"/search?q={encoded}tham");
        var page = await PageTests.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{named} ở vị trí 1", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task SearchNeverFailsOnALoneSurrogate(string encoded)
    {
        foreach (var path in new[] { $"/api/search?q=tham{encoded}", $"/search?q=tham{encoded}" })
        {
            var response = await client.GetAsync(path);

            Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("%EF%BF%BE")]
    [InlineData("%EF%BF%BF")]
    [InlineData("%ED%A0%80")]
    public async Task DocumentPageShowsTheDocumentUnmarkedForAQueryThatIsNotText(string encoded)
    {
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=tham+nhung&size=1");
        var id = search.GetProperty("hits")[0].GetProperty("id").GetString();

        var response = await client.GetAsync($"/documents/{id}?q={encoded}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await PageTests.ParseAsync(response)).QuerySelectorAll("mark"));
    }

    [Theory]
    [InlineData("/directives/")]
    [InlineData("/people/")]
    [InlineData("/organisations/")]
    [InlineData("/api/directives/")]
    public async Task APathSegmentWithACharacterThatIsNotTextNamesNothing(string route)
    {
        foreach (var encoded in new[] { "%EF%BF%BE", "%EF%BF%BF", "%ED%A0%80" })
        {
            var response = await client.GetAsync(route + encoded);

            Assert.True(
                response.StatusCode == HttpStatusCode.NotFound,
                $"{route}{encoded}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ADirectiveSlugReadsANoncharacterAsPunctuation()
    {
        var noRedirects = factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await noRedirects.GetAsync("/directives/32-kl%EF%BF%BEtw");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/directives/32-kl-tw", response.Headers.Location!.OriginalString);
    }
}
