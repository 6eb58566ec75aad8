using Archive.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>
/// The real site over a source folder (the seeds unless told otherwise), with its index in a temp
/// folder. Only the two folders are swapped.
/// </summary>
public class ArchiveWebFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder indexRoot = new();

    public ArchiveWebFactory() : this(Repository.SeedsFolder) { }

    /// <summary>A site over other sources, and over an existing index folder when one is given.</summary>
    internal ArchiveWebFactory(string sourceDirectory, string? indexDirectory = null)
    {
        SourceDirectory = sourceDirectory;
        IndexDirectory = indexDirectory ?? indexRoot.File("index");
    }

    public string SourceDirectory { get; }
    public string IndexDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:SourceDirectory", SourceDirectory);
        builder.UseSetting("Archive:IndexDirectory", IndexDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests send many requests from one address; RateLimitTests turns limiting on.
        builder.UseSetting("Archive:RateLimit:Disabled", "true");
        // Every search a page test makes also runs through stock Lucene.Net, and fails on any difference.
        builder.UseSetting("Archive:SearchEngine", "Compare");
    }

    // The site imports in the background; a test starts once the archive is loaded.
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        var archive = Services.GetRequiredService<Archive.Web.Hosting.ArchiveHost>();
        if (!archive.Loaded.Wait(TimeSpan.FromSeconds(60)) || !archive.IsLoaded)
            throw new TimeoutException($"The archive did not load: {archive.Status}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) indexRoot.Dispose();
    }
}

/// <summary>A site that looks for a newly published generation every half second.</summary>
internal sealed class QuickRefresh(string source, string index) : ArchiveWebFactory(source, index)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Archive:RefreshSeconds", "0.5");
    }
}

/// <summary>
/// A class fixture: the site over source files written once into a temp folder, for tests that need
/// documents the seeds do not have (very long ones, very many).
/// </summary>
public abstract class WrittenSourcesSite : IDisposable
{
    private readonly TempFolder sources = new();

    /// <param name="write">Writes the source files into the folder it is given.</param>
    protected WrittenSourcesSite(Action<string> write)
    {
        write(sources.Path);
        Site = new ArchiveWebFactory(sources.Path);
        Client = Site.CreateClient();
    }

    public ArchiveWebFactory Site { get; }
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Site.Dispose();
        sources.Dispose();
        GC.SuppressFinalize(this);
    }
}
