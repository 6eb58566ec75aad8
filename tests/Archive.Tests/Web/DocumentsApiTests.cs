using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Archive.Tests.Web;

public sealed class DocumentsApiTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ListsEverySeedNewestFirst()
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/documents?page=1&size=1000");

        Assert.Equal(Repository.SeedFiles.Count(), page.GetProperty("total").GetInt32());
        Assert.Equal(page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(1000, page.GetProperty("size").GetInt32());
        var dates = page.GetProperty("items")
            .EnumerateArray()
            .Select(d => d.GetProperty("eventDate").GetString())
            .ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task PagesThroughTheArchive()
    {
        var all = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000");
        var total = all.GetProperty("total").GetInt32();
        var paged = new List<string?>();

        for (var number = 1; paged.Count < total; number++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/documents?page={number}&size=2");
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            Assert.Equal(Math.Min(2, total - paged.Count), page.GetProperty("items").GetArrayLength());
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        }

        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()), paged);
    }

    [Theory]
    [InlineData("size=1001")]
    [InlineData("size=0")]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    public async Task RejectsABadPageWithProblemDetails(string query)
    {
        var response = await client.GetAsync("/api/documents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ServesADocumentWithTheContractFieldsInCamelCase()
    {
        var id = await FirstIdAsync();

        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");

        foreach (var field in new[]
                 {
                     "id", "title", "titleDerived", "published", "eventDate", "organisation", "location", "people",
                     "author", "source", "directives", "paragraphs", "captions", "sourceFile", "sha256", "bytes",
                     "wordCount",
                 })
            Assert.True(document.TryGetProperty(field, out _), $"missing field {field}");
        Assert.Equal(id, document.GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnswersAnUnknownIdWith404ProblemDetails()
    {
        var response = await client.GetAsync("/api/documents/no-such-document");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("no-such-document", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ServesEachOriginalByteForByte()
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1000");

        foreach (var document in page.GetProperty("items").EnumerateArray())
        {
            var response = await client.GetAsync($"/documents/{document.GetProperty("id").GetString()}/raw");
            var bytes = await response.Content.ReadAsByteArrayAsync();

            var original = await File.ReadAllBytesAsync(
                Path.Combine(Repository.SeedsFolder, document.GetProperty("sourceFile").GetString()!));
            Assert.Equal(original, bytes);
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task AnswersHealthOnceLoaded()
    {
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> FirstIdAsync()
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1");
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
