using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task SearchWithoutDiacriticsHighlightsMatchesAndAYearNarrowsThem()
    {
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoToAsync("/search");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Từ khóa, cụm từ hoặc số hiệu văn bản" }).FillAsync("tham nhung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=tham(\+|%20)nhung"));
        var results = page.GetByRole(AriaRole.Region, new() { Name = "kết quả" });
        var total = await ResultCountAsync(page);
        Assert.True(total > 0, "no results for tham nhung");
        await Expect(results.Locator("mark").First).ToBeVisibleAsync();
        // Folded search finds the written form: the highlight is "tham nhũng", with its marks.
        Assert.Contains(await results.Locator("mark").AllInnerTextsAsync(), text => text.Contains("nhũng", StringComparison.OrdinalIgnoreCase));

        var years = page.GetByRole(AriaRole.Complementary, new() { Name = "Thu hẹp" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d{4}$") });
        var year = await years.First.InnerTextAsync();
        await years.First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"[?&]year={year}"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"năm {year}" })).ToBeVisibleAsync();
        Assert.InRange(await ResultCountAsync(page), 1, total);
        tab.AssertNoProblems();
    }

    /// <summary>The number in the results heading, "12 kết quả".</summary>
    private static async Task<int> ResultCountAsync(IPage page)
    {
        var heading = await page.GetByRole(AriaRole.Heading, new() { Name = "kết quả", Level = 2 }).InnerTextAsync();
        return int.Parse(Regex.Match(heading, @"^\d+").Value);
    }
}
