using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Pages.Documents;

namespace Archive.Tests.Web;

/// <summary>
/// A document far longer than a page is shown in parts of at most <see cref="BodyParts.MaxChars"/>
/// characters.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LongDocumentPageTests : IClassFixture<LongDocumentPageTests.LongDocuments>
{
    private const string LastParagraph = "Đây là đoạn cuối cùng của bài rất dài này.";

    /// <summary>
    /// Two long documents: one of many paragraphs, with a directive and a place only near its end; one of a
    /// single paragraph.
    /// </summary>
    public sealed class LongDocuments() : WrittenSourcesSite(folder =>
    {
        var text = new StringBuilder("Hội nghị tổng kết công tác nội chính nhiều năm\n\n");
        text.Append(
            "Chiều 16/7, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị. " +
                "Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n");
        for (var i = 0; i < 500; i++)
            text.Append($"Đoạn {i}: hội nghị thảo luận công tác phòng, chống tham nhũng, cải cách tư pháp " +
                        "và xây dựng Đảng ở cơ sở, nêu rõ những việc đã làm được, những việc còn chậm " +
                        "và nguyên nhân của chúng, rồi giao việc cho từng cơ quan với thời hạn cụ thể; " +
                        "các đại biểu góp ý thẳng thắn về cách làm, về người chịu trách nhiệm và về kết quả.\n\n");
        text.Append(
            "Hội nghị quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương " +
                "và nghe báo cáo của huyện Quỳnh Lưu.\n\n");
        text.Append(LastParagraph + "\n");
        File.WriteAllText(Path.Combine(folder, "long.txt"), text.ToString(), new UTF8Encoding(false));

        var words = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => i % 2 == 0 ? "thảo" : "luận"));
        File.WriteAllText(
            Path.Combine(folder, "one-paragraph.txt"),
            $"Một đoạn văn rất dài không xuống dòng\n\n{words}\n",
            new UTF8Encoding(false));
        File.WriteAllText(
            Path.Combine(folder, "title-only.txt"),
            "Hội nghị chỉ có tiêu đề mà không có thân bài\n",
            new UTF8Encoding(false));
    });

    private readonly HttpClient client;

    public LongDocumentPageTests(LongDocuments documents) => client = documents.Client;

    private async Task<JsonElement> DocumentAsync(string file)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents");
        foreach (var item in list.GetProperty("items").EnumerateArray())
            if (item.GetProperty("sourceFile").GetString() == file) return item;
        throw new InvalidOperationException($"{file} was not imported");
    }

    private async Task<IDocument> PageAsync(string url)
    {
        var answer = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    private static IReadOnlyList<string> BodyParagraphs(IDocument page) =>
        page.QuerySelectorAll(".document .body p").Select(p => p.TextContent).ToList();

    private static IElement? PartLink(IDocument page, string text) =>
        page.QuerySelectorAll("nav.body-parts a")
            .FirstOrDefault(a => a.TextContent.Contains(text, StringComparison.Ordinal));

    // The parts, read by following "Phần sau" from the first.
    private async Task<List<IDocument>> AllPartsAsync(string id)
    {
        var parts = new List<IDocument> { await PageAsync($"/documents/{id}") };
        while (PartLink(parts[^1], "Phần sau") is { } next && parts.Count < 100)
            parts.Add(await PageAsync(next.GetAttribute("href")!));
        return parts;
    }

    [Fact]
    public async Task APageOfALongDocumentShowsAtMostAPartAndLinksToTheNext()
    {
        var id = (await DocumentAsync("long.txt")).GetProperty("id").GetString()!;

        var page = await PageAsync($"/documents/{id}");

        Assert.InRange(BodyParagraphs(page).Sum(p => p.Length), 1, BodyParts.MaxChars);
        Assert.DoesNotContain(LastParagraph, page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/documents/{id}?part=2", PartLink(page, "Phần sau")!.GetAttribute("href"));
        Assert.Null(PartLink(page, "Phần trước"));
    }

    [Fact]
    public async Task ThePartsTogetherHoldTheWholeBodyOnceAndTheLastEndsIt()
    {
        var document = await DocumentAsync("long.txt");
        var id = document.GetProperty("id").GetString()!;
        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();

        var parts = await AllPartsAsync(id);

        Assert.InRange(parts.Count, 3, 10);
        Assert.All(parts, part => Assert.InRange(BodyParagraphs(part).Sum(p => p.Length), 1, BodyParts.MaxChars));
        Assert.Equal(paragraphs, parts.SelectMany(BodyParagraphs));
        Assert.Equal(LastParagraph, BodyParagraphs(parts[^1])[^1]);
        Assert.NotNull(PartLink(parts[^1], "Phần trước"));
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync($"/documents/{id}?part={parts.Count + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{id}?part=0")).StatusCode);
    }

    [Fact]
    public async Task AParagraphLongerThanAPartIsCutBetweenWords()
    {
        var document = await DocumentAsync("one-paragraph.txt");
        var id = document.GetProperty("id").GetString()!;
        var paragraph = document.GetProperty("paragraphs")[0].GetString()!;

        var parts = await AllPartsAsync(id);

        Assert.True(parts.Count >= 3, $"{paragraph.Length} characters in {parts.Count} parts");
        var pieces = parts.Select(part => Assert.Single(BodyParagraphs(part))).ToList();
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, BodyParts.MaxChars));
        Assert.All(pieces.SkipLast(1), piece => Assert.EndsWith(" ", piece, StringComparison.Ordinal));
        Assert.Equal(paragraph, string.Concat(pieces));
    }

    [Fact]
    public async Task ADocumentWithoutABodyIsOnePartWithOrWithoutASearch()
    {
        var document = await DocumentAsync("title-only.txt");
        var id = document.GetProperty("id").GetString()!;

        var plain = await PageAsync($"/documents/{id}");
        var searched = await PageAsync($"/documents/{id}?q=hội+nghị");

        Assert.Empty(document.GetProperty("paragraphs").EnumerateArray());
        Assert.Null(plain.QuerySelector("nav.body-parts"));
        Assert.Null(searched.QuerySelector("nav.body-parts"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{id}?part=2")).StatusCode);
    }

    [Fact]
    public async Task ASearchOpensThePartOfItsFirstMatchAndMarksIt()
    {
        var id = (await DocumentAsync("long.txt")).GetProperty("id").GetString()!;

        var page = await PageAsync($"/documents/{id}?q=%22Quỳnh+Lưu%22");
        var first = await PageAsync($"/documents/{id}?q=%22Quỳnh+Lưu%22&part=1");

        var mark = page.QuerySelector(".body mark#m1");
        Assert.NotNull(mark);
        Assert.Equal("Quỳnh Lưu", mark.TextContent);
        Assert.Null(PartLink(page, "Phần sau"));
        Assert.StartsWith(
            $"/documents/{id}?q=",
            PartLink(page, "Phần trước")!.GetAttribute("href"),
            StringComparison.Ordinal);
        Assert.Empty(first.QuerySelectorAll(".body mark"));
        Assert.Contains("Bài có 1 chỗ khớp", first.QuerySelector(".marks-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarksOnALaterPartAreNumberedAcrossTheWholeText()
    {
        var id = (await DocumentAsync("long.txt")).GetProperty("id").GetString()!;
        var parts = await AllPartsAsync(id);
        var firstMarks = (await PageAsync($"/documents/{id}?q=tham+nhũng")).QuerySelectorAll(".body mark[id]").Length;

        var second = await PageAsync($"/documents/{id}?q=tham+nhũng&part=2");

        var ids = second.QuerySelectorAll(".body mark[id]").Select(m => m.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal($"m{firstMarks + 1}", ids[0]);
        Assert.True(parts.Count >= 2);
    }

    [Fact]
    public async Task EvidenceOnALaterPartIsLinkedToThatPart()
    {
        var id = (await DocumentAsync("long.txt")).GetProperty("id").GetString()!;
        var first = await PageAsync($"/documents/{id}");

        var link = first.QuerySelectorAll("aside .evidence-link").Select(a => a.GetAttribute("href")!)
            .Single(href => href.Contains("?part=", StringComparison.Ordinal));
        var target = await PageAsync(link[..link.IndexOf('#', StringComparison.Ordinal)]);

        var mark = target.GetElementById(link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        Assert.NotNull(mark);
        Assert.Contains("21-KL/TW", mark.TextContent, StringComparison.Ordinal);
        Assert.Contains(first.QuerySelectorAll(".provenance a"), a => a.GetAttribute("href")!.StartsWith('#'));
        Assert.DoesNotContain(first.QuerySelectorAll(".provenance td code"), code => code.TextContent == "directives");
        Assert.Contains(target.QuerySelectorAll(".provenance td code"), code => code.TextContent == "directives");
    }
}
