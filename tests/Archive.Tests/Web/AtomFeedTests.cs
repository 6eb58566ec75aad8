using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using Archive.Web.Feeds;

namespace Archive.Tests.Web;

/// <summary>
/// Every feed is Atom 1.0 as a feed reader parses it (System.ServiceModel.Syndication's own reader), whatever
/// characters the source text or the search holds.
/// </summary>
public sealed class AtomFeedTests(ArchiveWebFactory factory, ControlCharacterSite controls)
    : IClassFixture<ArchiveWebFactory>, IClassFixture<ControlCharacterSite>
{
    private static async Task<SyndicationFeed> LoadAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/atom+xml", answer.Content.Headers.ContentType!.MediaType);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        // UTF-8 without a byte order mark: the XML declaration is the first byte.
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(bytes));
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var atom = new Atom10FeedFormatter();
        Assert.True(atom.CanRead(reader), $"{path} is not an Atom 1.0 feed");
        atom.ReadFrom(reader);
        return atom.Feed;
    }

    // A list page's first entry's feed, as its page links to it.
    private async Task<string> FeedOfFirstAsync(string list)
    {
        var index = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(list));
        var path = index.QuerySelectorAll($"main a[href^='{list}/']")
            .Select(a => a.GetAttribute("href")!)
            .First(h => !h.Contains('?'));
        return path + "/feed.atom";
    }

    [Theory]
    [InlineData("/feed.atom", "/")]
    [InlineData("/search.atom?q=nh%C5%A9ng&sort=date-asc", "/search?q=nh%C5%A9ng&sort=date-asc")]
    [InlineData("/organisations", null)]
    [InlineData("/people", null)]
    [InlineData("/directives", null)]
    public async Task EachFeedIsAtomWithItsLinksAndItsDocuments(string path, string? alternate)
    {
        if (alternate is null)
        {
            path = await FeedOfFirstAsync(path);
            alternate = path[..^"/feed.atom".Length];
        }

        var feed = await LoadAsync(factory.CreateClient(), path);

        Assert.Equal("vi", feed.Language);
        Assert.StartsWith("Lưu trữ Nội chính", feed.Title.Text);
        Assert.EndsWith(alternate, feed.Id);
        Assert.EndsWith(path, feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.EndsWith(alternate, feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.NotEqual(default, feed.LastUpdatedTime);
        var items = feed.Items.ToList();
        Assert.InRange(items.Count, 1, FeedEndpoints.FeedSize);
        Assert.All(items, item =>
        {
            var link = Assert.Single(item.Links).Uri;
            Assert.StartsWith("/documents/", link.AbsolutePath);
            Assert.Equal(link.AbsoluteUri, item.Id);
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.NotEqual(default, item.LastUpdatedTime);
        });
    }

    [Fact]
    public async Task ASearchsEntriesCarryTheirSnippetsAsHtml()
    {
        var feed = await LoadAsync(factory.CreateClient(), "/search.atom?q=tham+nh%C5%A9ng");

        Assert.All(feed.Items, item =>
        {
            Assert.Equal("html", item.Summary.Type);
            Assert.Contains("<mark>", item.Summary.Text);
        });
    }

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/search.atom?q=tham+nh%C5%A9ng")]
    public async Task ControlCharactersInTheSourceAreReplacedNotAnIllFormedFeed(string path)
    {
        var feed = await LoadAsync(controls.Client, path);

        var item = Assert.Single(feed.Items);
        Assert.Equal("Hội nghị\uFFFD về công tác\uFFFD nội chính", item.Title.Text);
    }

    [Fact]
    public async Task AControlCharacterInTheSearchIsReplacedInTheFeedsTitle()
    {
        var feed = await LoadAsync(controls.Client, "/search.atom?q=h%E1%BB%99i%01ngh%E1%BB%8B");

        Assert.Contains("hội\uFFFDnghị", feed.Title.Text);
    }
}
