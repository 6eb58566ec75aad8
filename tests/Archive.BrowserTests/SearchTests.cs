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

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Từ khóa, cụm từ hoặc số hiệu văn bản" })
            .FillAsync("tham nhung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=tham(\+|%20)nhung"));
        var results = page.GetByRole(AriaRole.Region, new() { Name = "kết quả" });
        var total = await ResultCountAsync(page);
        Assert.True(total > 0, "no results for tham nhung");
        await Expect(results.Locator("mark").First).ToBeVisibleAsync();
        // Folded search finds the written form: the highlight is "tham nhũng", with its marks.
        Assert.Contains(
            await results.Locator("mark").AllInnerTextsAsync(),
            text => text.Contains("nhũng", StringComparison.OrdinalIgnoreCase));

        var years = page.GetByRole(AriaRole.Complementary, new() { Name = "Thu hẹp" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d{4}$") });
        // The link's text starts with a check box drawn as a character, hidden from its accessible name.
        var year = Regex.Match(await years.First.InnerTextAsync(), @"\d{4}").Value;
        await years.First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"[?&]year={year}"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"năm {year}" })).ToBeVisibleAsync();
        Assert.InRange(await ResultCountAsync(page), 1, total);
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task AResultOpensItsDocumentScrolledToTheFirstMatchWithoutJavaScript()
    {
        // A phone's screen, so the document's text starts below the fold.
        await using var tab = await browser.OpenAsync(375, 640, javaScript: false);
        var page = tab.Page;
        await tab.GoToAsync("/search?q=tham+nhung");

        await page.GetByRole(AriaRole.Region, new() { Name = "kết quả" })
            .GetByRole(AriaRole.Heading, new() { Level = 3 })
            .First.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/documents/[^?]+\?q=tham(\+|%20)nhung#m1$"));
        var first = page.Locator("mark#m1");
        await Expect(first).ToHaveTextAsync(new Regex("^tham nhũng$", RegexOptions.IgnoreCase));
        await Expect(first).ToBeInViewportAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeInViewportAsync();
        tab.AssertNoProblems();
    }

    /// <summary>The number in the results heading, "12 kết quả".</summary>
    private static async Task<int> ResultCountAsync(IPage page)
    {
        var heading = await page.GetByRole(AriaRole.Heading, new() { Name = "kết quả", Level = 2 }).InnerTextAsync();
        return int.Parse(Regex.Match(heading, @"^\d+").Value);
    }
}
