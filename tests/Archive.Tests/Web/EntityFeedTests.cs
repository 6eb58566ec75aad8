using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Web;

/// <summary>An Atom feed for each organisation, person and directive, linked from its page.</summary>
public sealed class EntityFeedTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/organisations")]
    [InlineData("/people")]
    [InlineData("/directives")]
    public async Task EachPageLinksToAFeedOfItsDocuments(string list)
    {
        var index = new HtmlParser().ParseDocument(await client.GetStringAsync(list));
        var path = index.QuerySelectorAll($"main a[href^='{list}/']")
            .Select(a => a.GetAttribute("href")!)
            .First(h => !h.Contains('?'));
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var shown = page.QuerySelectorAll("main a[href^='/documents/']")
            .Select(a => a.GetAttribute("href")!)
            .Distinct()
            .ToList();

        var feedLink = page.QuerySelector("link[rel=alternate][href$='/feed.atom'][href^='" + list + "']")!
            .GetAttribute("href")!;
        var answer = await client.GetAsync(feedLink);

        Assert.Equal($"{path}/feed.atom", feedLink);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/atom+xml", answer.Content.Headers.ContentType!.MediaType);
        var entries = XDocument.Parse(await answer.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry")
            .Select(e => new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value).AbsolutePath).ToList();
        Assert.NotEmpty(entries);
        // The page's documents, as many as a feed holds.
        Assert.Subset(shown.ToHashSet(), entries.ToHashSet());
    }

    [Theory]
    [InlineData("/organisations/khong-co-co-quan-nay/feed.atom")]
    [InlineData("/people/khong-co-nguoi-nay/feed.atom")]
    [InlineData("/directives/999-kl-tw/feed.atom")]
    public async Task AnUnknownOneIsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }
}
