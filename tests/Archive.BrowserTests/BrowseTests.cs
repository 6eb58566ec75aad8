using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BrowseTests(BrowserFixture browser)
{
    private const string Meeting = "Quán triệt, triển khai thực hiện Kết luận số 32-KL/TW";

    [Fact]
    public async Task ReaderFindsAMeetingByDateAndFollowsItsDirectiveBackToIt()
    {
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;

        await tab.GoToAsync("/dates");
        await page.GetByRole(AriaRole.Link, new() { Name = "2018", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Năm 2018", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tháng 7/2018", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tháng 7/2018", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Meeting }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(new Regex("^" + Regex.Escape(Meeting)));
        // The metadata names it "Kết luận 32-KL/TW"; the body links each mention of it.
        await page.GetByRole(AriaRole.Link, new() { Name = "32-KL/TW" }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/directives/32-kl-tw$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kết luận 32-KL/TW", Level = 1 }))
            .ToBeVisibleAsync();
        var citations = page.GetByRole(AriaRole.Region, new() { Name = "Tài liệu dẫn văn bản này" });
        await Expect(citations.GetByRole(AriaRole.Link, new() { Name = Meeting })).ToBeVisibleAsync();
        tab.AssertNoProblems();
    }
}
