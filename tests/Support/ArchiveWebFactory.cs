using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Support;

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
        // Every search a test makes also runs through stock Lucene.Net, and fails on any difference.
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

    /// <summary>
    /// Serves the site with Kestrel on a free loopback port, for what needs a real socket (a browser, raw
    /// bytes on the wire), and returns its address, such as http://127.0.0.1:41234/.
    /// </summary>
    public Uri ServeOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(
            Services.GetRequiredService<IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.Single());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) indexRoot.Dispose();
    }
}
