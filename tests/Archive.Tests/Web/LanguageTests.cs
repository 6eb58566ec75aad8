using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Archive.Tests.Web;

/// <summary>Vietnamese first; English through the resource file, by ?lang=en (remembered) or Accept-Language.</summary>
public sealed partial class LanguageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task SpeaksVietnameseByDefault()
    {
        var page = await PageTests.ParseAsync(await factory.CreateClient().GetAsync("/dates"));

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Duyệt theo ngày", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SwitchesToEnglishAndRemembersIt()
    {
        var client = factory.CreateClient();

        var english = await PageTests.ParseAsync(await client.GetAsync("/dates?lang=en"));
        var next = await PageTests.ParseAsync(await client.GetAsync("/dates/2018/07"));

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Browse by date", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", next.DocumentElement.GetAttribute("lang"));
        Assert.Equal("July 2018", next.QuerySelector("h1")!.TextContent);
        Assert.Contains("Monday, 16/7/2018", next.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task FollowsTheBrowsersLanguage()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        var page = await PageTests.ParseAsync(await client.GetAsync("/"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to main content", page.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void EveryInterfaceTextHasAnEnglishTranslation()
    {
        var pages = Path.Combine(Repository.Root, "src", "Archive.Web", "Pages");
        var resx = XDocument.Load(
            Path.Combine(Repository.Root, "src", "Archive.Web", "Resources", "SharedResource.en.resx"));
        var translated = resx.Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

        var used = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => Key().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.True(used.Count > 50, $"only {used.Count} texts found");
        Assert.Equal([], used.Where(key => !translated.Contains(key)).ToList());
        // The resource compiler keeps one of two names that differ only in case ("Năm {0}", "năm {0}"):
        // the other text would show untranslated.
        Assert.Equal(
            [],
            translated.GroupBy(key => key, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key)
                .ToList());
    }

    [GeneratedRegex(@"\b(?:T|text)\[""([^""]+)""")]
    private static partial Regex Key();
}
