using System.Text;
using AngleSharp.Dom;

namespace Archive.Tests.Web;

/// <summary>A person's page: their roles over time, one spelling of a role as one, namesakes apart.</summary>
public sealed class PersonRolesPageTests(PersonRolesPageTests.Site site) : IClassFixture<PersonRolesPageTests.Site>
{
    /// <summary>
    /// Nguyễn Văn An as vice-chairman of Quảng Ninh in 2021 and 2022 (the second spelled in lower case), as
    /// its chairman in 2023, and a namesake heading Thanh Hóa's police in 2022;
    /// Trần Thị Bình, Quảng Ninh's chief of staff in the first two.
    /// </summary>
    public sealed class Site() : WrittenSourcesSite(folder =>
    {
        foreach (var (name, day, province, role) in new[]
                 {
                     ("a", "5/3/2021", "Quảng Ninh", "Phó Chủ tịch UBND tỉnh"),
                     ("b", "8/6/2022", "Quảng Ninh", "phó Chủ tịch UBND tỉnh"),
                     ("c", "10/1/2023", "Quảng Ninh", "Chủ tịch UBND tỉnh"),
                     ("d", "9/9/2022", "Thanh Hóa", "Giám đốc Công an tỉnh"),
                 })
            File.WriteAllText(Path.Combine(folder, name + ".txt"),
                $"Hội nghị {name.ToUpperInvariant()} về cải cách hành chính\n\n" +
                $"Ngày {day}, UBND tỉnh {province} tổ chức hội nghị cải cách hành chính. " +
                $"Ông Nguyễn Văn An, {role}, chủ trì hội nghị." +
                (name is "a" or "b" ? " Bà Trần Thị Bình, Chánh Văn phòng UBND tỉnh, báo cáo.\n" : "\n"),
                new UTF8Encoding(false));
    });

    private async Task<IDocument> PageAsync(string slug = "nguyen-van-an") =>
        await PageTests.ParseAsync(await site.Client.GetAsync("/people/" + slug));

    private static List<List<string>> Rows(IParentNode section) =>
        section.QuerySelectorAll("table.roles tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).Take(4).ToList()).ToList();

    [Fact]
    public async Task KeepsNamesakesInTwoProvincesApartEachWithTheirRolesOverTime()
    {
        var page = await PageAsync();

        Assert.Equal(
            [
                ["Phó Chủ tịch UBND tỉnh", "Quảng Ninh", "5/3/2021", "8/6/2022"],
                ["Chủ tịch UBND tỉnh", "Quảng Ninh", "10/1/2023", "10/1/2023"],
            ],
            Rows(page.QuerySelector("section#quang-ninh")!));
        Assert.Equal(
            [["Giám đốc Công an tỉnh", "Thanh Hóa", "9/9/2022", "9/9/2022"]],
            Rows(page.QuerySelector("section#thanh-hoa")!));
        Assert.Contains("2 người khác nhau", page.QuerySelector("p.note")!.TextContent);
        Assert.Equal(
            ["#quang-ninh", "#thanh-hoa"],
            page.QuerySelectorAll("ul.namesakes a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ADocumentLinksToTheNamesakeItNames()
    {
        var thanhHoa = (await PageAsync()).QuerySelector("section#thanh-hoa ul.plain-list a")!.GetAttribute("href");
        var page = await PageTests.ParseAsync(await site.Client.GetAsync(thanhHoa));

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/people/nguyen-van-an#thanh-hoa");
    }

    [Fact]
    public async Task APersonWithOneProvinceHasOneTableAndNoNamesakes()
    {
        var page = await PageAsync("tran-thi-binh");

        Assert.Equal(
            [["Chánh Văn phòng UBND tỉnh", "Quảng Ninh", "5/3/2021", "8/6/2022"]],
            Rows(page));
        Assert.Null(page.QuerySelector("ul.namesakes"));
        Assert.Null(page.QuerySelector("section.namesake"));
    }
}
