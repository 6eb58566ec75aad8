using System.Text;
using System.Xml;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Feeds;

/// <summary>
/// The sitemap as the protocol intends for a large site: `/sitemap.xml` is an index of parts
/// `/sitemaps/{n}.xml`, each at most <see cref="UrlsPerPart"/> URLs, written straight to the response.
/// Each answer is kept in the output cache until the next index generation evicts it.
/// </summary>
public static class Sitemaps
{
    /// <summary>The protocol's limit of URLs in one sitemap file.</summary>
    public const int UrlsPerPart = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/sitemap.xml", async (IndexLease archive, PublicSite publicSite, HttpContext context) =>
        {
            var site = publicSite.Origin(context.Request);
            var parts = PartCount(archive);
            await Write(context, async writer =>
            {
                await writer.WriteStartElementAsync(null, "sitemapindex", Namespace);
                for (var n = 1; n <= parts; n++)
                {
                    await writer.WriteStartElementAsync(null, "sitemap", Namespace);
                    await writer.WriteElementStringAsync(null, "loc", Namespace, $"{site}/sitemaps/{n}.xml");
                    await writer.WriteEndElementAsync();
                }
                await writer.WriteEndElementAsync();
            });
        }).CacheOutput(OnePerGeneration);

        app.MapGetAndHead("/sitemaps/{n:int}.xml", async (
            IndexLease archive,
            PublicSite publicSite,
            HttpContext context,
            int n) =>
        {
            if (n < 1 || n > PartCount(archive))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var site = publicSite.Origin(context.Request);
            await Write(context, async writer =>
            {
                await writer.WriteStartElementAsync(null, "urlset", Namespace);
                foreach (var path in Paths(archive).Skip((n - 1) * UrlsPerPart).Take(UrlsPerPart))
                {
                    await writer.WriteStartElementAsync(null, "url", Namespace);
                    await writer.WriteElementStringAsync(null, "loc", Namespace, site + path);
                    await writer.WriteEndElementAsync();
                }
                await writer.WriteEndElementAsync();
            });
        }).CacheOutput(OnePerGeneration);

        return app;
    }

    /// <summary>Every page a crawler should know of, in a fixed order so that parts do not overlap.</summary>
    public static IEnumerable<string> Paths(IndexLease archive)
    {
        var catalog = archive.Index.Catalog;
        string[] fixedPages =
        [
            "/", "/dates", "/dates/undated", "/directives", "/organisations", "/provinces", "/people", "/search",
            "/help/search",
            "/about",
        ];
        return fixedPages
            .Concat(catalog.Years().Select(y => $"/dates/{y.Year}"))
            .Concat(catalog.Dated.Select(d => $"/dates/{d.Date!.Value.Year}/{d.Date.Value.Month:00}").Distinct())
            .Concat(catalog.Documents.Select(d => $"/documents/{d.Id}"))
            .Concat(archive.Index.Directives.Entries.Select(e => $"/directives/{e.Slug}"))
            .Concat(catalog.Organisations.Select(o => $"/organisations/{o.Slug}"))
            .Concat(catalog.People.Select(p => $"/people/{p.Slug}"))
            .Concat(catalog.Provinces.Select(p => $"/provinces/{p.Slug}"));
    }

    private static int PartCount(IndexLease archive) =>
        Math.Max(1, (Paths(archive).Count() + UrlsPerPart - 1) / UrlsPerPart);

    // The answer depends only on the generation (the cache is evicted when it changes) and the public
    // origin: a query string or a made-up Host must not add a copy, or a client could fill the cache.
    private static void OnePerGeneration(OutputCachePolicyBuilder policy) => policy
        .SetVaryByQuery([])
        .SetVaryByHost(false)
        .VaryByValue(context => new KeyValuePair<string, string>(
            "origin",
            context.RequestServices.GetRequiredService<PublicSite>().Origin(context.Request)));

    private static async Task Write(HttpContext context, Func<XmlWriter, Task> write)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var writer = XmlWriter.Create(context.Response.Body, settings);
        await writer.WriteStartDocumentAsync();
        await write(writer);
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
