using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>Source text that looks like HTML or Markdown is shown literally, never interpreted.</summary>
public sealed class HostileSourceTests : IDisposable
{
    // Not "<b>": a feed's highlighting tags are taken out of titles on import (docs/model.md).
    private const string Title = "Tiêu đề <img src=x onerror=alert(1)> và **sao**";
    private const string Script = "<script>alert('x')</script>";

    private readonly TempFolder sources = new();
    private readonly ArchiveWebFactory factory;

    public HostileSourceTests()
    {
        File.WriteAllText(sources.File("hostile.txt"),
            $"{Title}\n\n17/07/2018\n\nChiều ngày 16/7, Tỉnh ủy họp. " +
                $"Văn bản có {Script} và [liên kết](javascript:alert(1)) cùng **chữ đậm**.\n",
            new UTF8Encoding(false));
        factory = new ArchiveWebFactory(sources.Path);
    }

    [Fact]
    public async Task ShowsMarkupInTheSourceAsText()
    {
        var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}"));

        Assert.Empty(
            page.QuerySelectorAll("main script, main img[onerror], main b, main strong, main a[href^='javascript']"));
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(Script, page.QuerySelector(".body p")!.TextContent);
        Assert.Contains("**chữ đậm**", page.QuerySelector(".body p")!.TextContent);
        Assert.Contains(Title, page.Title);
    }

    [Fact]
    public async Task KeepsMarkupLiteralInFeedsJsonAndSharingTags()
    {
        var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/feed.atom"));
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}"));

        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(Title, feed.Descendants(atom + "entry").Single().Element(atom + "title")!.Value);
        Assert.Equal(Title, document.GetProperty("title").GetString());
        Assert.Equal(Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(Script, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("head script"));
    }

    public void Dispose()
    {
        factory.Dispose();
        sources.Dispose();
    }
}
