using System.Text;
using AngleSharp.Dom;

namespace Archive.Tests.Web;

/// <summary>A relation two documents state is shown once, on both directives' pages, with both sentences.</summary>
public sealed class DirectiveRelationPageTests(DirectiveRelationPageTests.Replacement site)
    : IClassFixture<DirectiveRelationPageTests.Replacement>
{
    private const string Active =
        "Ngày 3/4/2023, Ban Thường vụ Tỉnh ủy ban hành Quy định số 20-QĐ/TU thay thế Quy định số 15-QĐ/TU " +
        "ngày 12/5/2019 về chế độ làm việc.";
    private const string Passive =
        "Quy định số 15-QĐ/TU ngày 12/5/2019 đã được thay thế bởi Quy định số 20-QĐ/TU của Ban Thường vụ Tỉnh ủy.";

    public sealed class Replacement() : WrittenSourcesSite(folder =>
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"),
            $"Ban hành quy định mới về chế độ làm việc\n\n04/04/2023\n\n{Active}\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "b.txt"),
            $"Hội nghị quán triệt quy định về chế độ làm việc\n\n20/04/2023\n\n{Passive}\n",
            new UTF8Encoding(false));
    });

    private static IElement? Group(IDocument page, string heading) =>
        page.QuerySelectorAll("h3").FirstOrDefault(h => h.TextContent.Trim() == heading)?.NextElementSibling;

    /// <summary>The page of a directive, and the one relation listed under the heading.</summary>
    private async Task<(IDocument Page, IElement Relation)> OnlyRelationAsync(string path, string heading)
    {
        var page = await PageTests.ParseAsync(await site.Client.GetAsync(path));
        var group = Group(page, heading);
        Assert.NotNull(group);
        return (page, Assert.Single(group.Children));
    }

    [Fact]
    public async Task ShowsWhatADirectiveReplacesWithEverySentenceThatSaysSo()
    {
        var (_, relation) = await OnlyRelationAsync("/directives/20-qd-tu", "20-QĐ/TU thay thế");

        Assert.Equal("/directives/15-qd-tu", relation.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal([Active, Passive], relation.QuerySelectorAll("blockquote").Select(b => b.TextContent.Trim()));
        Assert.Equal(2, relation.QuerySelectorAll("li a[href^='/documents/']").Length);
    }

    [Fact]
    public async Task ShowsTheSameRelationFromTheReplacedDirectivesSide()
    {
        var (page, relation) = await OnlyRelationAsync("/directives/15-qd-tu", "15-QĐ/TU được thay thế bởi");

        Assert.Equal("/directives/20-qd-tu", relation.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, relation.QuerySelectorAll("blockquote").Length);
        Assert.Null(Group(page, "15-QĐ/TU thay thế"));
    }

    [Theory]
    [InlineData("/directives/20-qd-tu", "/directives/15-qd-tu", false)]
    [InlineData("/directives/15-qd-tu", "/directives/20-qd-tu", true)]
    public async Task TheDiagramDrawsTheOtherDirectiveOnItsSideWithTheArrowTowardsTheOneReplaced(
        string path,
        string other,
        bool onTheLeft)
    {
        var page = await PageTests.ParseAsync(await site.Client.GetAsync(path));
        var diagram = page.QuerySelector("figure.relation-figure svg")!;
        var node = diagram.QuerySelector($"a[href='{other}']")!;
        var line = diagram.QuerySelector("line")!;

        Assert.Equal("true", diagram.GetAttribute("aria-hidden"));
        Assert.Equal(onTheLeft, double.Parse(node.QuerySelector("rect")!.GetAttribute("x")!) < 360);
        Assert.Equal("thay thế", diagram.QuerySelector("text.label")!.TextContent);
        // The arrow leaves the replacing directive, 20-QĐ/TU, wherever it is drawn.
        var (from, to) = (double.Parse(line.GetAttribute("x1")!), double.Parse(line.GetAttribute("x2")!));
        Assert.True(from < to);
    }

    [Fact]
    public async Task TheHistoryListsTheIssueTheRelationsAndEachMonthsCitationsByDate()
    {
        var page = await PageTests.ParseAsync(await site.Client.GetAsync("/directives/20-qd-tu"));
        var moments = page.QuerySelectorAll("ol.history > li").ToList();

        Assert.Contains("Ban hành", moments[0].TextContent);
        Assert.Contains("3/4/2023", moments[0].TextContent);
        var stated = moments.Where(m => m.QuerySelector("a[href='/directives/15-qd-tu']") is not null).ToList();
        Assert.Equal(2, stated.Count);
        Assert.All(stated, m => Assert.Contains("20-QĐ/TU thay thế", m.TextContent));
        // The month's line stands at its first citing document, before b's sentence of 20 April.
        var month = moments.Single(m => m.TextContent.Contains("Tháng 4/2023")).QuerySelector("a")!;
        Assert.Contains("20/4/2023", moments[^1].TextContent);
        Assert.Equal("2 tài liệu dẫn", month.TextContent);
        Assert.Equal("/search?q=20-Q%C4%90%2FTU&month=2023-04", month.GetAttribute("href"));
    }

    [Fact]
    public async Task TheApiGivesTheRelationWithItsSentencesFromBothEnds()
    {
        foreach (var slug in new[] { "20-qd-tu", "15-qd-tu" })
        {
            using var answer = System.Text.Json.JsonDocument.Parse(
                await site.Client.GetStringAsync($"/api/directives/{slug}"));

            var relation = Assert.Single(answer.RootElement.GetProperty("relations").EnumerateArray());
            Assert.Equal("20-QĐ/TU", relation.GetProperty("from").GetString());
            Assert.Equal("Replaces", relation.GetProperty("kind").GetString());
            Assert.Equal("15-QĐ/TU", relation.GetProperty("to").GetString());
            Assert.Equal(2, relation.GetProperty("sentences").GetArrayLength());
        }
    }
}
