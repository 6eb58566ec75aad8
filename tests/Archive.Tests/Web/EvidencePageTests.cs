using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>Every metadata value on the document page links to the marked text it was read from.</summary>
public sealed class EvidencePageTests : IDisposable
{
    private readonly TempFolder sources = new();
    private readonly ArchiveWebFactory factory;
    private readonly HttpClient client;

    public EvidencePageTests()
    {
        File.WriteAllText(sources.File("dated.txt"),
            "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 7\n\n17/07/2024 09:10\n\n" +
            "Chiều 16/7, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị thường kỳ. " +
            "Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n" +
            "Hội nghị thảo luận việc thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.\n\nMinh Anh\n",
            new UTF8Encoding(false));
        File.WriteAllText(sources.File("undated.txt"),
            "Huyện ủy sơ kết công tác quý III\n\nChiều 3/9, Huyện ủy Mèo Vạc tổ chức hội nghị sơ kết. " +
                "Huyện đặt mục tiêu đến năm 2030 hoàn thành kế hoạch.\n",
            new UTF8Encoding(false));
        factory = new ArchiveWebFactory(sources.Path);
        client = factory.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        sources.Dispose();
    }

    private async Task<(string Id, JsonElement Json)> DocumentAsync(string file)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents");
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
            if (document.GetProperty("sourceFile").GetString() == file) return (id, document);
        }
        throw new InvalidOperationException($"{file} was not imported");
    }

    [Fact]
    public async Task TheApiGivesEachValuesSpanAndRule()
    {
        var (_, document) = await DocumentAsync("dated.txt");

        var evidence = document.GetProperty("evidence").EnumerateArray().ToList();
        var eventDate = evidence.Single(e => e.GetProperty("field").GetString() == "eventDate");
        Assert.Equal("2024-07-16", eventDate.GetProperty("value").GetString());
        Assert.Equal("paragraph", eventDate.GetProperty("part").GetString());
        var paragraph = document.GetProperty("paragraphs")[eventDate.GetProperty("index").GetInt32()].GetString()!;
        var quote = paragraph.Substring(
            eventDate.GetProperty("start").GetInt32(),
            eventDate.GetProperty("length").GetInt32());
        Assert.Equal(eventDate.GetProperty("quote").GetString(), quote);
        Assert.Contains("16/7", quote, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(eventDate.GetProperty("rule").GetString()));
        Assert.Contains(
            evidence,
            e => e.GetProperty("field").GetString() == "published" && e.GetProperty("part").GetString() == "dateline");
        Assert.Contains(
            evidence,
            e => e.GetProperty("field").GetString() == "people"
                && e.GetProperty("value").GetString() == "Nguyễn Văn Sơn");
        Assert.Contains(
            evidence,
            e => e.GetProperty("field").GetString() == "directives"
                && e.GetProperty("value").GetString() == "21-KL/TW");
    }

    [Fact]
    public async Task EachMetadataValueLinksToItsMarkedSpanWithoutScript()
    {
        var (id, _) = await DocumentAsync("dated.txt");

        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}"));

        var links = page.QuerySelectorAll(".metadata a.evidence-link").ToList();
        Assert.True(links.Count >= 5, $"only {links.Count} values link to their evidence");
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")!;
            Assert.StartsWith("#ev-", target, StringComparison.Ordinal);
            var mark = page.GetElementById(target[1..]);
            Assert.NotNull(mark);
            Assert.Equal("mark", mark.LocalName);
            Assert.Contains("evidence", mark.ClassList);
        }
        Assert.Equal("17/07/2024 09:10", page.QuerySelector(".dateline")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task AnEventDateWithoutAYearIsLeftEmptyAndTheDayIsShown()
    {
        var (id, document) = await DocumentAsync("undated.txt");

        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}"));

        Assert.Equal(JsonValueKind.Null, document.GetProperty("eventDate").ValueKind);
        Assert.Equal("--09-03", document.GetProperty("eventDayMonth").GetString());
        Assert.Contains("Không rõ năm", page.QuerySelector(".metadata")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3/9", page.QuerySelector(".metadata")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithASearchTheMatchesAreMarkedAndEvidenceLinksLeadToThePlainPage()
    {
        var (id, _) = await DocumentAsync("dated.txt");

        var page = await PageTests.ParseAsync(await client.GetAsync($"/documents/{id}?q=hoi+nghi"));

        Assert.Empty(page.QuerySelectorAll("mark.evidence"));
        Assert.NotEmpty(page.QuerySelectorAll("mark"));
        var link = page.QuerySelector(".metadata a.evidence-link")!.GetAttribute("href")!;
        Assert.StartsWith($"/documents/{id}#ev-", link, StringComparison.Ordinal);
    }
}
