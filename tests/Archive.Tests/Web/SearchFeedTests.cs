using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Web;

/// <summary>
/// Any search as an Atom feed: `/search.atom` with the parameters of `/search`, newest documents first.
/// </summary>
public sealed class SearchFeedTests(TimelineChartTests.Years years) : IClassFixture<TimelineChartTests.Years>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> FeedAsync(string query)
    {
        var answer = await years.Client.GetAsync($"/search.atom?{query}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/atom+xml", answer.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASearchsFeedListsItsDocumentsNewestFirst()
    {
        var feed = await FeedAsync("q=tham+nhung");

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        Assert.Equal(
            ["Hội nghị ngày 10/8/2024", "Hội nghị ngày 9/7/2024"],
            entries.Take(2).Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(entries, e =>
        {
            Assert.Contains("/documents/", e.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
            Assert.Contains("<mark>", e.Element(Atom + "summary")!.Value);
        });
        Assert.EndsWith(
            "/search.atom?q=tham+nhung",
            feed.Root.Elements(Atom + "link")
                .Single(l => l.Attribute("rel")!.Value == "self")
                .Attribute("href")!
                .Value);
    }

    [Fact]
    public async Task TheFeedKeepsTheSearchsFilters()
    {
        var feed = await FeedAsync("q=tham+nhung&year=2021");

        Assert.Equal(3, feed.Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task ABadSearchIsA400WithTheReason()
    {
        var answer = await years.Client.GetAsync("/search.atom?q=%22tham");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TheSearchPageLinksToItsFeed()
    {
        var page = new HtmlParser().ParseDocument(await years.Client.GetStringAsync("/search?q=tham+nhung&year=2021"));

        Assert.Equal("/search.atom?q=tham+nhung&year=2021",
            page.QuerySelector("link[rel=alternate][href^='/search.atom']")!.GetAttribute("href"));
        var empty = new HtmlParser().ParseDocument(await years.Client.GetStringAsync("/search"));
        Assert.Null(empty.QuerySelector("link[rel=alternate][href^='/search.atom']"));
    }
}
