using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>The search page and API say how many documents have the words together and how many only apart.</summary>
public sealed class SearchTiersTests : IDisposable
{
    private readonly TempFolder sources = new();
    private readonly ArchiveWebFactory factory;

    public SearchTiersTests()
    {
        Write("a.txt", "Hội nghị tháng Ba", "Ngày 11/3/2019, Tỉnh ủy bàn công tác phòng, chống tham nhũng năm 2019.");
        Write("b.txt", "Hội nghị tháng Tư", "Ngày 11/4/2019, Huyện ủy bàn công tác chống tham nhũng trong cơ quan.");
        Write(
            "c.txt",
            "Hội nghị tháng Năm",
            "Ngày 11/5/2019, các đơn vị tham gia đầy đủ; hành vi nhũng nhiễu bị xử lý nghiêm.");
        factory = new ArchiveWebFactory(sources.Path);
    }

    private void Write(string name, string title, string body) =>
        File.WriteAllText(sources.File(name), $"{title}\n\n{body}\n", new UTF8Encoding(false));

    [Fact]
    public async Task TheApiCountsTogetherAndApartMatches()
    {
        var result = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=tham+nhung");

        Assert.Equal(3, result.GetProperty("total").GetInt32());
        Assert.Equal(2, result.GetProperty("together").GetInt32());
        Assert.Equal(1, result.GetProperty("apart").GetInt32());
        var flags = result.GetProperty("hits")
            .EnumerateArray()
            .Select(h => h.GetProperty("together").GetBoolean())
            .ToList();
        Assert.Equal([true, true, false], flags);
    }

    [Fact]
    public async Task ThePageSaysTheCountsAndWhereTheApartMatchesStart()
    {
        var page = await PageTests.ParseAsync(await factory.CreateClient().GetAsync("/search?q=tham+nh%C5%A9ng"));

        Assert.Contains("2 tài liệu có các từ đứng liền nhau", page.QuerySelector(".tiers")!.TextContent);
        Assert.Contains("1 tài liệu khác", page.QuerySelector(".tiers")!.TextContent);
        var hits = page.QuerySelectorAll(".hits > li").ToList();
        Assert.Equal(3, hits.Count);
        Assert.Equal(2, hits.FindIndex(li => li.ClassList.Contains("apart-start")));
        Assert.Equal("Hội nghị tháng Năm", hits[2].QuerySelector("h3")!.TextContent);
    }

    [Fact]
    public async Task ThePageSaysSoWhenEveryMatchHasTheWordsTogether()
    {
        var page = await PageTests.ParseAsync(await factory.CreateClient().GetAsync("/search?q=c%C3%B4ng+t%C3%A1c"));

        Assert.Equal(
            "Cả 2 tài liệu đều có các từ đứng liền nhau theo thứ tự đã gõ.",
            page.QuerySelector(".tiers")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".apart-start"));
    }

    [Fact]
    public async Task AQueryOfOneWordHasNoTogetherCount()
    {
        var result = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=tham");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("together").ValueKind);
        var page = await PageTests.ParseAsync(await factory.CreateClient().GetAsync("/search?q=tham"));
        Assert.Null(page.QuerySelector(".tiers"));
    }

    public void Dispose()
    {
        factory.Dispose();
        sources.Dispose();
    }
}
