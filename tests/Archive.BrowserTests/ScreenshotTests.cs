using System.Buffers.Binary;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>
/// Pictures of the main pages for people to look at (docs/screenshots holds the chosen ones), written
/// to TestResults/screenshots. Each is one window, not the whole page, so the files stay small.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "TestResults", "screenshots");

    [Theory]
    [InlineData("home", "/", 1280, "Lưu trữ Nội chính")]
    [InlineData("month", "/dates/2018/07", 1280, "Tháng 7/2018")]
    [InlineData(
        "document",
        "/dates/2018/07",
        1280,
        "Quán triệt, triển khai thực hiện Kết luận số 32-KL/TW của Bộ Chính trị")]
    [InlineData(
        "document-phone",
        "/dates/2018/07",
        375,
        "Quán triệt, triển khai thực hiện Kết luận số 32-KL/TW của Bộ Chính trị")]
    [InlineData("directive", "/directives/32-kl-tw", 1280, "Kết luận 32-KL/TW")]
    [InlineData("search", "/search?q=tham+nhung", 1280, "Tìm kiếm")]
    public async Task CapturesPage(string file, string path, int width, string heading)
    {
        var height = width < 600 ? 812 : 800;
        await using var tab = await browser.OpenAsync(width, height);
        await tab.GoToAsync(path);
        if (file.StartsWith("document", StringComparison.Ordinal))
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = heading }).First.ClickAsync();
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();

        var png = Path.Combine(Folder, file + ".png");
        var bytes = await tab.Page.ScreenshotAsync(new() { Path = png, Animations = ScreenshotAnimations.Disabled });

        Assert.Equal(bytes, await File.ReadAllBytesAsync(png));
        // The width and height in the PNG header: one window, not the whole page.
        Assert.Equal(
            (width, height),
            (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)),
             BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        tab.AssertNoProblems();
        output.WriteLine(png);
    }
}
