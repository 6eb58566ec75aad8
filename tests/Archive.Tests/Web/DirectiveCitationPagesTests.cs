using System.Net;
using System.Text;

namespace Archive.Tests.Web;

/// <summary>A directive cited by more documents than one page shows: its citations come a hundred at a time.</summary>
[Trait("Speed", "Slow")]
public sealed class DirectiveCitationPagesTests : IDisposable
{
    private const int Citing = 105;

    private readonly TempFolder sources = new();
    private readonly ArchiveWebFactory factory;

    public DirectiveCitationPagesTests()
    {
        for (var i = 0; i < Citing; i++)
        {
            var day = new DateOnly(2019, 1, 1).AddDays(i);
            File.WriteAllText(sources.File($"{i:D3}.txt"),
                $"Hội nghị quán triệt kết luận, đợt {i + 1}\n\n{day:dd/MM/yyyy}\n\n" +
                $"Ngày {day.Day}/{day.Month}/{day.Year}, Huyện ủy số {i + 1} quán triệt Kết luận số 32-KL/TW " +
                "ngày 5/7/2018 của Bộ Chính trị tới cán bộ, đảng viên.\n",
                new UTF8Encoding(false));
        }
        factory = new ArchiveWebFactory(sources.Path);
    }

    public void Dispose()
    {
        factory.Dispose();
        sources.Dispose();
    }

    [Fact]
    public async Task ShowsEachCitationOnceAcrossThePages()
    {
        var client = factory.CreateClient();

        var first = await PageTests.ParseAsync(await client.GetAsync("/directives/32-kl-tw"));
        var second = await PageTests.ParseAsync(
            await client.GetAsync(first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")));

        var firstItems = first.QuerySelectorAll("ol.citations > li")
            .Select(li => li.QuerySelector("a")!.GetAttribute("href"))
            .ToList();
        var secondItems = second.QuerySelectorAll("ol.citations > li")
            .Select(li => li.QuerySelector("a")!.GetAttribute("href"))
            .ToList();
        Assert.Equal(100, firstItems.Count);
        Assert.Equal(Citing - 100, secondItems.Count);
        Assert.Equal(Citing, firstItems.Concat(secondItems).Distinct().Count());
        // Numbered on from the first page, with a way back and none further.
        Assert.Equal("101", second.QuerySelector("ol.citations")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Contains($"({Citing})", first.QuerySelector("#citations-heading")!.TextContent);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("hai")]
    [InlineData("99999999999")]
    [InlineData("evil-text-sent-back")]
    public async Task AnswersAPageThatIsNotThereWith400(string page)
    {
        var response = await factory.CreateClient().GetAsync($"/directives/32-kl-tw?page={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("page=1 đến page=2", body);
        // What was sent is not written back: the answer stays the same few words whatever it was.
        Assert.DoesNotContain("evil-text-sent-back", body);
    }
}
