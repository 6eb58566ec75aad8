using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Web;

/// <summary>Every paragraph of a document page has a stable anchor (`#p12`) and a link to it beside it.</summary>
public sealed class ParagraphAnchorTests(ParagraphAnchorTests.Articles articles)
    : IClassFixture<ParagraphAnchorTests.Articles>
{
    private static readonly string[] Paragraphs =
    [
        "Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác nội chính.",
        "Hội nghị đánh giá kết quả phòng, chống tham nhũng, tiêu cực trong quý I.",
        "Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tiếp tục thực hiện Kết luận số 12-KL/TW.",
    ];

    /// <summary>
    /// A short article, and one long enough to be shown in parts (its paragraphs of 20,000 characters).
    /// </summary>
    public sealed class Articles() : WrittenSourcesSite(folder =>
    {
        File.WriteAllText(
            Path.Combine(folder, "short.txt"),
            "Hội nghị bàn công tác nội chính\n\n" + string.Join("\n\n", Paragraphs) + "\n",
            new UTF8Encoding(false));
        var sentence = "Hội nghị thảo luận sâu về công tác phòng, chống tham nhũng và cải cách tư pháp ở địa phương. ";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 20_000 / sentence.Length));
        File.WriteAllText(Path.Combine(folder, "long.txt"),
            "Một bài rất dài về công tác nội chính\n\n" +
                string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"Đoạn {i}. {paragraph}")) + "\n",
            new UTF8Encoding(false));
    });

    private async Task<(string Id, IDocument Page)> PageAsync(string file, string query = "")
    {
        var list = await articles.Client.GetFromJsonAsync<JsonElement>("/api/documents?size=10");
        var id = list.GetProperty("items")
            .EnumerateArray()
            .Single(d => d.GetProperty("sourceFile").GetString() == file)
            .GetProperty("id")
            .GetString()!;
        var answer = await articles.Client.GetAsync($"/documents/{id}{query}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (id, new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task EachParagraphHasAnAnchorAndALinkBesideIt()
    {
        var (_, page) = await PageAsync("short.txt");

        var paragraphs = page.QuerySelectorAll("article .body > p").ToList();
        Assert.Equal(["p1", "p2", "p3"], paragraphs.Select(p => p.Id));
        // The link stands beside the paragraph, so its text is the source's text alone.
        Assert.Equal(Paragraphs, paragraphs.Select(p => p.TextContent));
        var links = page.QuerySelectorAll("article .body > a.paragraph-link").ToList();
        Assert.Equal(["#p1", "#p2", "#p3"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Liên kết tới đoạn 2", links[1].GetAttribute("aria-label"));
        Assert.Same(paragraphs[1], links[1].NextElementSibling);
    }

    [Fact]
    public async Task TheCitationCitesTheParagraphAsked()
    {
        var (id, whole) = await PageAsync("short.txt");
        var (_, cited) = await PageAsync("short.txt", "?cite=2");

        var citation = cited.QuerySelector("section.cite code")!.TextContent;
        Assert.Contains(", đoạn 2.", citation);
        Assert.Contains($"/documents/{id}#p2 (", citation);
        Assert.DoesNotContain("đoạn", whole.QuerySelector("section.cite code")!.TextContent);
        var form = whole.QuerySelector("form.cite-paragraph")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("3", form.QuerySelector("input[name=cite]")!.GetAttribute("max"));
        Assert.Equal("2", cited.QuerySelector("form.cite-paragraph input[name=cite]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("two")]
    public async Task AParagraphTheDocumentHasNotIsABadRequest(string paragraph)
    {
        var list = await articles.Client.GetFromJsonAsync<JsonElement>("/api/documents?size=10");
        var id = list.GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("sourceFile").GetString() == "short.txt")
            .GetProperty("id").GetString();

        var answer = await articles.Client.GetAsync($"/documents/{id}?cite={paragraph}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InALongDocumentParagraphsAreNumberedAcrossPartsAndLinkedToTheirPart()
    {
        var (id, first) = await PageAsync("long.txt");
        var (_, second) = await PageAsync("long.txt", "?part=2");

        var firstIds = first.QuerySelectorAll("article .body > p[id]").Select(p => p.Id!).ToList();
        var secondIds = second.QuerySelectorAll("article .body > p[id]").Select(p => p.Id!).ToList();
        Assert.Equal("p1", firstIds[0]);
        Assert.Equal($"p{firstIds.Count + 1}", secondIds[0]);
        Assert.StartsWith($"Đoạn {firstIds.Count + 1}.", second.GetElementById(secondIds[0])!.TextContent);
        Assert.Equal(
            $"/documents/{id}?part=2#{secondIds[0]}",
            second.QuerySelector("article .body > a.paragraph-link")!.GetAttribute("href"));
        Assert.Equal(
            $"/documents/{id}#p1",
            first.QuerySelector("article .body > a.paragraph-link")!.GetAttribute("href"));
    }
}
