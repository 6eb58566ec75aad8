using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Tests.Search;
using CsCheck;

namespace Archive.Tests.Web;

public sealed class SearchApiTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AnswersWithTheContractFieldsInCamelCase()
    {
        var result = await client.GetFromJsonAsync<JsonElement>(
            "/api/search?q=" + Uri.EscapeDataString("32-KL/TW") + "&page=1&size=5");

        foreach (var field in new[] { "query", "total", "page", "size", "tookMs", "hits", "facets" })
            Assert.True(result.TryGetProperty(field, out _), $"missing field {field}");
        Assert.Equal("32-KL/TW", result.GetProperty("query").GetString());
        Assert.Equal(5, result.GetProperty("size").GetInt32());
        var hit = result.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "title", "eventDate", "published", "organisation", "score", "snippets" })
            Assert.True(hit.TryGetProperty(field, out _), $"missing hit field {field}");
        Assert.StartsWith("quan-triet", hit.GetProperty("id").GetString());
        Assert.Equal("2018-07-16", hit.GetProperty("eventDate").GetString());
        Assert.InRange(hit.GetProperty("snippets").GetArrayLength(), 1, 2);
        var facets = result.GetProperty("facets");
        foreach (var facet in new[] { "year", "organisation", "directiveType" })
        {
            var values = facets.GetProperty(facet);
            Assert.Equal(JsonValueKind.Array, values.ValueKind);
            Assert.All(values.EnumerateArray(), v =>
            {
                Assert.Equal(JsonValueKind.String, v.GetProperty("value").ValueKind);
                Assert.True(v.GetProperty("count").GetInt32() > 0);
            });
        }
        Assert.Contains(
            facets.GetProperty("directiveType").EnumerateArray(),
            v => v.GetProperty("value").GetString() == "Kết luận");
    }

    [Fact]
    public async Task AppliesFiltersAndSortFromTheQueryString()
    {
        var result = await client.GetFromJsonAsync<JsonElement>(
            "/api/search?q=&sort=date-asc&from=2018-01-01&to=2020-12-31&size=100");

        var dates = result.GetProperty("hits")
            .EnumerateArray()
            .Select(h => h.GetProperty("eventDate").GetString()!)
            .ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2018-01-01"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2020-12-31"), int.MinValue, 0));
        Assert.Equal(dates.Count, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task MatchesOnlyTheDiacriticsTypedWhenExact()
    {
        var folded = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("tham nhung"));
        var exact = await client.GetFromJsonAsync<JsonElement>(
            "/api/search?exact=true&q=" + Uri.EscapeDataString("tham nhung"));

        Assert.True(folded.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, exact.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=%22tham%20nh%C5%A9ng")]
    [InlineData("q=*abc")]
    [InlineData("q=tham%20OR")]
    [InlineData("size=101")]
    [InlineData("size=0")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("sort=bogus")]
    [InlineData("from=2020-13-45")]
    [InlineData("to=yesterday")]
    [InlineData("from=2021-01-02&to=2021-01-01")]
    [InlineData("year=20x0")]
    [InlineData("exact=maybe")]
    [InlineData("q=a&q=b")]
    public async Task RejectsABadSearchWithProblemDetails(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task RejectsAQueryOverFiveHundredCharacters()
    {
        var longest = await client.GetAsync("/api/search?q=" + new string('a', 250) + "+" + new string('b', 249));
        var tooLong = await client.GetAsync("/api/search?q=" + new string('a', 250) + "+" + new string('b', 250));

        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("501", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task NeverAnswersAServerErrorToWhatPeopleType()
    {
        var queries = QueryBuilderTests.TypedQuery.Array[200].Single();

        foreach (var q in queries)
        {
            var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for q={q}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
                Assert.True(
                    (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("error", out _),
                    $"no error for q={q}");
        }
    }
}
