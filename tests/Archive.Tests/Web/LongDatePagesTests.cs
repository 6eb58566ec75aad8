using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Pages;
using Archive.Web.Pages.Dates;

namespace Archive.Tests.Web;

/// <summary>
/// A month or a year with more documents than a page holds stays bounded, and every document stays reachable.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LongDatePagesTests(LongDatePagesTests.BusyMonth month) : IClassFixture<LongDatePagesTests.BusyMonth>
{
    private const int Count = 250;

    /// <summary>250 meetings in March 2024, on days 1 to 25, ten a day; and one in April.</summary>
    public sealed class BusyMonth() : WrittenSourcesSite(folder =>
    {
        for (var i = 0; i < Count; i++)
            File.WriteAllText(Path.Combine(folder, $"{i:000}.txt"),
                $"Hội nghị số {i} bàn công tác nội chính\n\n" +
                $"Ngày {i / 10 + 1}/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị số {i} " +
                "bàn công tác nội chính và phòng, chống tham nhũng.\n",
                new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "april.txt"),
            "Hội nghị tháng Tư\n\nNgày 2/4/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác nội chính.\n",
            new UTF8Encoding(false));
    });

    private async Task<IDocument> PageAsync(string url)
    {
        var answer = await month.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    private static List<string> Documents(IDocument page) =>
        page.QuerySelectorAll("ol.document-list a[href^='/documents/']").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task AMonthLongerThanAPageIsShownInPagesThatTogetherHoldIt()
    {
        var first = await PageAsync("/dates/2024/03");
        var second = await PageAsync("/dates/2024/03?page=2");

        Assert.Equal(ListPages.Size, Documents(first).Count);
        Assert.Equal(Count - ListPages.Size, Documents(second).Count);
        Assert.Equal(Count, Documents(first).Concat(Documents(second)).Distinct().Count());
        Assert.Equal(
            "/dates/2024/03?page=2",
            first.QuerySelector("nav.pager a[rel=next][href*='page=']")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await month.Client.GetAsync("/dates/2024/03?page=3")).StatusCode);
    }

    [Fact]
    public async Task EachDayOfTheCalendarLinksToThePageItsListIsOn()
    {
        var first = await PageAsync("/dates/2024/03");
        var second = await PageAsync("/dates/2024/03?page=2");

        string Link(IDocument page, int day) =>
            page.QuerySelectorAll("table.calendar td a")
                .Single(a => a.TextContent.StartsWith($"{day}:", StringComparison.Ordinal))
                .GetAttribute("href")!;
        // Days 1-20 fill the first page (ten a day), days 21-25 the second.
        Assert.Equal("#day-3", Link(first, 3));
        Assert.Equal("?page=2#day-22", Link(first, 22));
        Assert.Equal("?page=1#day-3", Link(second, 3));
        Assert.Equal("#day-22", Link(second, 22));
        Assert.NotNull(second.GetElementById("day-22"));
        Assert.Null(first.GetElementById("day-22"));
    }

    [Fact]
    public async Task AYearListsTheFirstDocumentsOfEachMonthAndLinksToTheRest()
    {
        var year = await PageAsync("/dates/2024");

        var march = year.GetElementById("month-3")!.ParentElement!;
        Assert.Equal(YearModel.PerMonth, march.QuerySelectorAll("ol.document-list li").Length);
        Assert.Equal("/dates/2024/03", march.QuerySelector("p.more a")!.GetAttribute("href"));
        Assert.Contains($"{Count}", march.QuerySelector("p.more a")!.TextContent);
        var april = year.GetElementById("month-4")!.ParentElement!;
        Assert.Single(april.QuerySelectorAll("ol.document-list li"));
        Assert.Null(april.QuerySelector("p.more"));
    }
}
