using System.Text;
using AngleSharp.Dom;

namespace Archive.Tests.Web;

/// <summary>A person's page: their roles over time, one spelling of a role as one, and namesakes flagged.</summary>
public sealed class PersonRolesPageTests(PersonRolesPageTests.Site site) : IClassFixture<PersonRolesPageTests.Site>
{
    /// <summary>
    /// Nguyễn Văn An as vice-chairman of Quảng Ninh in 2021 and 2022 (the second spelled in lower case), as
    /// its chairman in 2023, and a namesake heading Thanh Hóa's police in 2022.
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
                $"Ông Nguyễn Văn An, {role}, chủ trì hội nghị.\n",
                new UTF8Encoding(false));
    });

    private async Task<IDocument> PageAsync() =>
        await PageTests.ParseAsync(await site.Client.GetAsync("/people/nguyen-van-an"));

    private static List<List<string>> Rows(IDocument page) =>
        page.QuerySelectorAll("table.roles tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).Take(4).ToList()).ToList();

    [Fact]
    public async Task ListsEachRoleWithItsProvinceAndWhenItWasFirstAndLastSeen()
    {
        var rows = Rows(await PageAsync());

        Assert.Equal(
            [
                ["Phó Chủ tịch UBND tỉnh", "Quảng Ninh", "5/3/2021", "8/6/2022"],
                ["Giám đốc Công an tỉnh", "Thanh Hóa", "9/9/2022", "9/9/2022"],
                ["Chủ tịch UBND tỉnh", "Quảng Ninh", "10/1/2023", "10/1/2023"],
            ],
            rows);
    }

    [Fact]
    public async Task SaysANameWithRolesInTwoProvincesMayBeTwoPeople()
    {
        var page = await PageAsync();

        Assert.Contains("2 tỉnh, thành (Quảng Ninh, Thanh Hóa)", page.QuerySelector("p.note")!.TextContent);
    }
}
