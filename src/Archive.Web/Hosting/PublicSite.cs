using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>
/// Where the site's absolute URLs (feed, sitemap, robots.txt, OpenSearch, canonical links) point. The
/// Host header is the client's to choose, and a crawler or cache in front of the site would keep a
/// made-up one, so it is used only in Development, where there is nothing to poison.
/// </summary>
public sealed class PublicSite(IOptions<ArchiveOptions> options, IHostEnvironment environment)
{
    /// <summary>The origin to write before a path ("https://archive.example"), or "" for root-relative URLs.</summary>
    public string Origin(HttpRequest request) =>
        options.Value.PublicUrl is { Length: > 0 } url ? url.TrimEnd('/')
        : environment.IsDevelopment() ? $"{request.Scheme}://{request.Host}"
        : "";

    /// <summary>A document's permalink: its canonical URL, the one citations give.</summary>
    public string DocumentUrl(HttpRequest request, string id) => $"{Origin(request)}/documents/{id}";

    /// <summary>
    /// With a public URL and no `AllowedHosts` of the operator's own (the default is `*`), only its host
    /// and the loopback names (health checks, tools on the machine) are answered; any other Host is a 400.
    /// </summary>
    public static void AllowOnlyItsHost(HostFilteringOptions hosts, IConfiguration configuration)
    {
        if (configuration["AllowedHosts"] is not (null or "" or "*")) return;
        var publicUrl = configuration[$"{ArchiveOptions.Section}:{nameof(ArchiveOptions.PublicUrl)}"];
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url)) return;
        hosts.AllowedHosts = [url.IdnHost, "localhost", "127.0.0.1", "[::1]"];
    }
}
