using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.BrowserTests;

/// <summary>Every browser test shares one site and one Chromium, started once for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real site over the repository's seeds, served by Kestrel on a free loopback port (a browser
/// needs a socket, not the in-memory test server), and the system's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; `playwright install` cannot download a browser on the CI machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ArchiveWebFactory site = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the site is served, such as http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser must not turn into a green run.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}, so the browser tests cannot run. " +
                "Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this).");

        BaseUrl = site.ServeOnLoopback().GetLeftPart(UriPartial.Authority);
        // The site imports in the background; browsing starts once the archive is loaded.
        var archive = site.Services.GetRequiredService<Archive.Web.Hosting.ArchiveHost>();
        await archive.Loaded.WaitAsync(TimeSpan.FromSeconds(60));
        if (!archive.IsLoaded) throw new InvalidOperationException($"The archive did not load: {archive.Status}");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-quic", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh tab (its own context: no shared cookies or history) at the given window size.</summary>
    public async Task<BrowserTab> OpenAsync(int width = 1280, int height = 800, bool javaScript = true)
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = height },
            Locale = "vi-VN",
            JavaScriptEnabled = javaScript,
        });
        return await BrowserTab.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await site.DisposeAsync();
    }
}

/// <summary>
/// One page in its own browser context, recording what a developer would see in the console: errors,
/// uncaught exceptions and Content-Security-Policy violations.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    // Chromium also logs refusals as console errors; the event names the directive for certain.
    private const string ReportPolicyViolations = """
        document.addEventListener('securitypolicyviolation', e =>
            console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
        """;

    private readonly IBrowserContext context;
    private readonly List<string> problems = [];

    private BrowserTab(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Add($"{message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => problems.Add($"Uncaught: {error}");
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and policy violations so far, with where they happened.</summary>
    public IReadOnlyList<string> Problems => problems;

    public static async Task<BrowserTab> OpenAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(ReportPolicyViolations);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>Fails, listing them, if anything but the allowed problems was recorded.</summary>
    public void AssertNoProblems(Func<string, bool>? allowed = null)
    {
        var unexpected = problems.Where(problem => allowed?.Invoke(problem) != true).ToList();
        Assert.True(unexpected.Count == 0, $"{Page.Url}:\n{string.Join("\n", unexpected)}");
    }

    /// <summary>Goes to a path on the site and returns the HTTP status of the page itself.</summary>
    public async Task<int> GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response?.Status ?? throw new InvalidOperationException($"No response for {path}");
    }

    /// <summary>
    /// Opens the named one of <see cref="SitePages"/> and checks it answered with the status it should.
    /// </summary>
    public async Task GoToSitePageAsync(string name)
    {
        var page = SitePages.Named(name);
        var path = page.Path;
        var status = await GoToAsync(path);
        if (page.FirstLinkTo is not null)
        {
            path = await Page.Locator(page.FirstLink).First.GetAttributeAsync("href")
                ?? throw new InvalidOperationException($"No link to {page.FirstLinkTo}… on {path}");
            status = await GoToAsync(path);
        }
        Assert.True(status == page.Status, $"{path} answered {status}, not {page.Status}");
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
