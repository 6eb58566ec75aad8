using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Tests.Web;

public sealed class DirectivesApiTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient(
        new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ListsEveryCodedDirectiveWithItsCitingDocuments()
    {
        var directives = await client.GetFromJsonAsync<JsonElement>("/api/directives");
        var documents = (await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();

        // Every code some document cites, in code order, whatever the seeds are.
        var codes = directives.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        var cited = documents.SelectMany(Codes).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(cited, codes.Distinct());
        var conclusion = directives.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "32-KL/TW");
        Assert.Equal("Kết luận", conclusion.GetProperty("type").GetString());
        Assert.Equal("32", conclusion.GetProperty("number").GetString());
        Assert.Equal("TW", conclusion.GetProperty("issuer").GetString());
        Assert.Equal("2018-07-05", conclusion.GetProperty("date").GetString());
        var citing = documents.Where(d => Codes(d).Contains("32-KL/TW")).Select(d => d.GetProperty("id").GetString());
        Assert.Equal(citing.Order(StringComparer.Ordinal),
            conclusion.GetProperty("documents")
                .EnumerateArray()
                .Select(d => d.GetString())
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ShowsADirectiveWithTheSentenceThatCitesIt()
    {
        var directive = await client.GetFromJsonAsync<JsonElement>("/api/directives/32-kl-tw");

        var citation = directive.GetProperty("citations")[0];
        Assert.Contains("32-KL/TW", citation.GetProperty("sentence").GetString());
        Assert.StartsWith("Kết luận số 32-KL/TW về tình hình an ninh", directive.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("32-KL-TW")]
    [InlineData("32-KL%2FT%C6%AF")]
    [InlineData("32-kl-tw-2018")]
    public async Task RedirectsOtherFormsOfAKnownCodeToItsSlug(string written)
    {
        var response = await client.GetAsync($"/api/directives/{written}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/directives/32-kl-tw", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnswersAnUnknownDirectiveWith404()
    {
        var response = await client.GetAsync("/api/directives/999-kl-tw");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<string> Codes(JsonElement document) =>
        document.GetProperty("directives")
            .EnumerateArray()
            .Select(r => r.GetProperty("code").GetString())
            .OfType<string>();
}
