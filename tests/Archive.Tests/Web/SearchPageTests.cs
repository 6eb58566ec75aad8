using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Tests.Web;

public sealed class SearchPageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task KeepsTheQueryAndMarksMatchesInSnippets()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nhung"));

        Assert.Equal("tham nhung", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
        var marks = page.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal("tham nhũng", mark.ToLowerInvariant()));
    }

    [Fact]
    public async Task FacetLinksNarrowTheSearch()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nhung"));
        var yearLink = page.QuerySelectorAll(".facets a").First(a => a.GetAttribute("href")!.Contains("year="));
        var total = int.Parse(page.QuerySelector("#results-heading")!.TextContent.Split(' ')[0]);
        var expected = int.Parse(yearLink.ParentElement!.QuerySelector(".count")!.TextContent.Trim('(', ')'));

        var narrowed = await PageTests.ParseAsync(await client.GetAsync(yearLink.GetAttribute("href")));

        Assert.True(expected < total);
        Assert.Equal(expected, narrowed.QuerySelectorAll(".hits > li").Length);
    }

    [Fact]
    public async Task NoResultsSuggestsWhatToTry()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nh%C5%A9ng&year=1999"));

        var suggestions = page.QuerySelectorAll(".no-results a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(suggestions, href => href == "/search?q=tham%20nh%C5%A9ng");
        Assert.Contains(suggestions, href => href!.Contains("q=tham%20nhung"));
        Assert.Contains("/help/search", suggestions);
    }

    [Fact]
    public async Task ABadQueryIsA400PageThatSaysWhy()
    {
        var response = await client.GetAsync("/search?q=%22unclosed");
        var page = await PageTests.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ngoặc kép", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task HelpPageIsRenderedFromTheDocs()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/help/search"));

        Assert.Equal("Cách tìm kiếm", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("AND", page.QuerySelector(".help")!.TextContent);
        Assert.NotNull(page.QuerySelector(".help table"));
    }

    [Fact]
    public async Task AResultOpensItsDocumentAtTheFirstMarkedMatch()
    {
        var results = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nh%C5%A9ng&exact=true"));
        var link = results.QuerySelector(".hits h3 a")!.GetAttribute("href")!;

        var page = await PageTests.ParseAsync(await client.GetAsync(link));

        Assert.Matches(@"^/documents/[^?#]+\?q=tham%20nh%C5%A9ng&exact=true#m1$", link);
        var first = page.QuerySelector("article .body mark#m1");
        Assert.NotNull(first);
        Assert.Equal("tham nhũng", first.TextContent.ToLowerInvariant());
        var marks = page.QuerySelectorAll("article .body mark").ToList();
        Assert.Equal(marks.Select((_, i) => $"m{i + 1}"), marks.Select(m => m.Id));
        var note = page.QuerySelector(".marks-note")!;
        Assert.Contains($"{marks.Count} chỗ", note.TextContent);
        Assert.Equal(link[..link.IndexOf('?')], note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ADocumentWithoutASearchHasNoSearchMarks()
    {
        var results = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nhung"));
        var link = results.QuerySelector(".hits h3 a")!.GetAttribute("href")!;

        var page = await PageTests.ParseAsync(await client.GetAsync(link[..link.IndexOf('?')]));

        Assert.Empty(page.QuerySelectorAll("mark:not(.evidence)"));
        Assert.Null(page.QuerySelector(".marks-note"));
    }

    [Fact]
    public async Task DocumentPageListsRelatedDocuments()
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}"));

        var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(related);
        Assert.DoesNotContain($"/documents/{id}", related);
    }
}
