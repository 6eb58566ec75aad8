using Microsoft.AspNetCore.Hosting;

namespace Archive.Tests.Web;

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
