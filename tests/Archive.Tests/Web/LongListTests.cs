using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Pages;

namespace Archive.Tests.Web;

/// <summary>Browsing lists longer than <see cref="ListPages.Size"/> are shown in pages.</summary>
[Trait("Speed", "Slow")]
public sealed class LongListTests : IClassFixture<LongListTests.ManyDocuments>
{
    private const int Count = 250;

    /// <summary>
    /// 250 undated documents, each with a person and a directive of its own, and one person in all of them.
    /// </summary>
    public sealed class ManyDocuments() : WrittenSourcesSite(folder =>
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
            middles = ["Văn", "Thị", "Minh", "Quốc", "Đức", "Hữu"],
            givens = ["Hải", "Long", "Nam", "Bình", "An", "Hòa", "Tâm", "Phúc", "Lộc", "Thành"];
        var names = families.SelectMany(f => middles.SelectMany(m => givens.Select(g => $"{f} {m} {g}"))).ToList();
        for (var i = 0; i < Count; i++)
            File.WriteAllText(Path.Combine(folder, $"{i:000}.txt"),
                $"Hội nghị số {i} của Tỉnh ủy bàn công tác nội chính\n\n" +
                "Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy chủ trì hội nghị. " +
                $"Đồng chí {names[i]}, Phó Chủ tịch UBND tỉnh báo cáo tình hình.\n\n" +
                $"Hội nghị thảo luận việc thực hiện Chỉ thị số {i + 1}-CT/TU " +
                "của Ban Thường vụ Tỉnh ủy trong năm tới ở các huyện.\n",
                new UTF8Encoding(false));
    });

    private readonly HttpClient client;

    public LongListTests(ManyDocuments documents) => client = documents.Client;

    private async Task<IDocument> PageAsync(string url)
    {
        var answer = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    private static string? Next(IDocument page) => page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");

    private static List<string> Links(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("/dates/undated", "ol.document-list li a[href^='/documents/']")]
    [InlineData("/people", "ul.plain-list li a[href^='/people/']")]
    [InlineData("/people/nguyen-van-son", "ol.document-list li a[href^='/documents/']")]
    [InlineData("/directives?sort=code&dir=asc", "table.directives tbody th a[href^='/directives/']")]
    public async Task AListLongerThanAPageIsShownInPagesThatTogetherHoldIt(string path, string items)
    {
        var first = await PageAsync(path);
        var second = await PageAsync(Next(first)!);

        Assert.Equal(ListPages.Size, Links(first, items).Count);
        Assert.Equal(path + (path.Contains('?') ? "&" : "?") + "page=2", Next(first));
        Assert.Null(Next(second));
        Assert.InRange(Links(second, items).Count, 1, ListPages.Size);
        Assert.Empty(Links(first, items).Intersect(Links(second, items)));
        var page = path.Contains('?') ? "&page=" : "?page=";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path + page + "3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path + page + "0")).StatusCode);
    }

    [Fact]
    public async Task ThePagesOfTheUndatedListHoldEveryDocument()
    {
        var first = await PageAsync("/dates/undated");
        var second = await PageAsync("/dates/undated?page=2");

        var documents = Links(first, "ol.document-list a")
            .Concat(Links(second, "ol.document-list a"))
            .Distinct()
            .Count();
        Assert.Equal(Count, documents);
    }
}
