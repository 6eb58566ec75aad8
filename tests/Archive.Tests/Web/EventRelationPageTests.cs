using System.Text;

namespace Archive.Tests.Web;

/// <summary>
/// What the meeting a document reports does to a directive is shown on the directive's page, beside the
/// citation and in the month's line of its history, and on the document's page.
/// </summary>
public sealed class EventRelationPageTests(EventRelationPageTests.Review site)
    : IClassFixture<EventRelationPageTests.Review>
{
    public sealed class Review() : WrittenSourcesSite(folder =>
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"),
            "Huyện ủy sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW\n\n16/08/2023\n\n" +
            "Sáng 15/8, Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW ngày " +
            "22/10/2018 của Bộ Chính trị.\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "b.txt"),
            "Kiểm tra việc thực hiện Nghị quyết 35-NQ/TW tại Đảng bộ xã\n\n20/08/2023\n\n" +
            "Ngày 18/8, đoàn kiểm tra của Huyện ủy làm việc với Đảng ủy xã về Nghị quyết số 35-NQ/TW.\n",
            new UTF8Encoding(false));
    });

    [Fact]
    public async Task TheDirectivePageNamesTheReviewBesideItsCitationAndCountsItInTheMonth()
    {
        var page = await PageTests.ParseAsync(await site.Client.GetAsync("/directives/35-nq-tw"));

        var labelled = page.QuerySelectorAll("li").Where(li => li.QuerySelector("span.event-kind") is not null)
            .ToList();
        var review = Assert.Single(labelled);
        Assert.Equal("sơ kết/tổng kết 5 năm thực hiện", review.QuerySelector("span.event-kind")!.TextContent);
        Assert.StartsWith("Huyện ủy sơ kết", review.QuerySelector("a")!.TextContent);
        var month = page.QuerySelectorAll("ol.history > li").Single(m => m.TextContent.Contains("Tháng 8/2023"));
        Assert.Contains("2 tài liệu dẫn", month.TextContent);
        Assert.Contains("(trong đó 1 sơ kết/tổng kết 5 năm thực hiện)", month.TextContent);
    }

    [Fact]
    public async Task TheDocumentPageSaysWhatItsMeetingDoesAndTheCheckSaysNothing()
    {
        var directive = await PageTests.ParseAsync(await site.Client.GetAsync("/directives/35-nq-tw"));
        string LinkTo(string title) => directive.QuerySelectorAll("a[href^='/documents/']")
            .First(a => a.TextContent.StartsWith(title, StringComparison.Ordinal)).GetAttribute("href")!;

        var review = await PageTests.ParseAsync(await site.Client.GetAsync(LinkTo("Huyện ủy sơ kết")));
        var check = await PageTests.ParseAsync(await site.Client.GetAsync(LinkTo("Kiểm tra")));

        var term = review.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Sự kiện được đưa tin");
        var said = term.NextElementSibling!;
        Assert.Equal("sơ kết/tổng kết 5 năm thực hiện Nghị quyết 35-NQ/TW",
            string.Join(" ", said.TextContent.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("/directives/35-nq-tw", said.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(check.QuerySelectorAll("dt"), dt => dt.TextContent == "Sự kiện được đưa tin");
    }

    [Fact]
    public async Task TheApiGivesTheReviewOnItsCitationOnly()
    {
        using var answer = System.Text.Json.JsonDocument.Parse(
            await site.Client.GetStringAsync("/api/directives/35-nq-tw"));

        var citations = answer.RootElement.GetProperty("citations").EnumerateArray().ToList();
        var review = Assert.Single(citations, c => c.TryGetProperty("kind", out _));
        Assert.Equal("Reviews", review.GetProperty("kind").GetString());
        Assert.Equal(5, review.GetProperty("years").GetInt32());
        Assert.Equal(2, citations.Count);
    }
}
