using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Search;
using Archive.Web.Api;

namespace Archive.Web.Feeds;

/// <summary>
/// What other programs read: the Atom feeds (the newest documents, any search, each organisation,
/// person and directive), the OpenSearch description, robots.txt (the sitemap is in <see cref="Sitemaps"/>).
/// </summary>
public static class FeedEndpoints
{
    public const int FeedSize = 20;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapSitemaps();
        app.MapOaiPmh();
        app.MapGetAndHead("/feed.atom", (IndexLease archive, PublicSite publicSite, HttpRequest request) =>
            Feed(
                archive,
                publicSite.Origin(request),
                "Lưu trữ Nội chính: tài liệu mới",
                "/",
                "/feed.atom",
                archive.Index.Catalog.Dated.Reverse().Take(FeedSize).Select(Entry.Of)));

        // Any search, followed in a feed reader: the same parameters as /search, its newest documents first.
        app.MapGetAndHead("/search.atom", (IndexLease archive, PublicSite publicSite, HttpRequest request) =>
            SearchApi.Run(
                archive,
                request,
                search => search with { Sort = SearchSort.DateDesc, Page = 1, Size = FeedSize },
                result => Feed(
                    archive,
                    publicSite.Origin(request),
                    $"Lưu trữ Nội chính: tìm “{result.Query}”",
                    "/search" + request.QueryString,
                    "/search.atom" + request.QueryString,
                    result.Hits.Select(hit => new Entry(
                        hit.Id,
                        hit.Title,
                        hit.EventDate ?? Archive.Model.ArchiveDocument.DateOf(hit.Published),
                        hit.Organisation,
                        string.Join(" … ", hit.Snippets))))))
            .RequireRateLimiting(RateLimits.Searches);

        // The newest documents of one organisation, one person, one directive (those citing it).
        app.MapGetAndHead("/organisations/{slug}/feed.atom", (
            IndexLease archive,
            PublicSite publicSite,
            HttpRequest request,
            string slug) =>
            archive.Index.Catalog.FindOrganisation(slug) is { } organisation
                ? Feed(
                    archive,
                    publicSite.Origin(request),
                    $"Lưu trữ Nội chính: {organisation.Name}",
                    $"/organisations/{slug}",
                    $"/organisations/{slug}/feed.atom",
                    Newest(organisation.Documents))
                : Results.NotFound());
        app.MapGetAndHead("/people/{slug}/feed.atom", (
            IndexLease archive,
            PublicSite publicSite,
            HttpRequest request,
            string slug) =>
            archive.Index.Catalog.FindPerson(slug) is { } person
                ? Feed(
                    archive,
                    publicSite.Origin(request),
                    $"Lưu trữ Nội chính: {person.Name}",
                    $"/people/{slug}",
                    $"/people/{slug}/feed.atom",
                    Newest(person.Documents))
                : Results.NotFound());
        app.MapGetAndHead("/directives/{slug}/feed.atom", (
            IndexLease archive,
            PublicSite publicSite,
            HttpRequest request,
            string slug) =>
        {
            var registry = archive.Index.Directives;
            if (registry.CanonicalSlug(slug) != slug || registry.FindBySlug(slug) is not { } directive)
                return Results.NotFound();
            var citing = registry.CitationsOf(directive)
                .Select(c => c.DocumentId)
                .Distinct()
                .Select(archive.Index.Catalog.Find)
                .OfType<Archive.Browse.DocumentSummary>()
                .ToList();
            return Feed(
                archive,
                publicSite.Origin(request),
                $"Lưu trữ Nội chính: văn bản dẫn {directive.Code}",
                $"/directives/{slug}",
                $"/directives/{slug}/feed.atom",
                Newest(citing));
        });

        app.MapGetAndHead("/opensearch.xml", (PublicSite publicSite, HttpRequest request) =>
            Xml("application/opensearchdescription+xml; charset=utf-8", writer =>
            {
                var site = publicSite.Origin(request);
                writer.WriteStartElement("OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/");
                writer.WriteElementString("ShortName", "Lưu trữ Nội chính");
                writer.WriteElementString(
                    "Description",
                    "Tìm trong lưu trữ văn bản, hội nghị về công tác nội chính");
                writer.WriteElementString("InputEncoding", "UTF-8");
                writer.WriteElementString("Language", "vi");
                writer.WriteStartElement("Url");
                writer.WriteAttributeString("type", "text/html");
                writer.WriteAttributeString("template", site + "/search?q={searchTerms}");
                writer.WriteEndElement();
                writer.WriteStartElement("Url");
                writer.WriteAttributeString("type", "application/json");
                writer.WriteAttributeString("template", site + "/api/search?q={searchTerms}");
                writer.WriteEndElement();
                writer.WriteEndElement();
            }));

        app.MapGetAndHead("/robots.txt", (PublicSite publicSite, HttpRequest request) =>
        {
            // The Sitemap line must be an absolute URL; without a public address there is none to give.
            var site = publicSite.Origin(request);
            var sitemap = site.Length == 0 ? "" : $"Sitemap: {site}/sitemap.xml\n";
            return Results.Text(
                $"User-agent: *\nDisallow: /api/\nDisallow: /search\n{sitemap}",
                "text/plain; charset=utf-8");
        });

        return app;
    }

    /// <summary>
    /// One entry of a feed: a document, its date, its organisation, and for a search its snippets (escaped HTML
    /// with &lt;mark&gt;).
    /// </summary>
    private sealed record Entry(string Id, string Title, DateOnly? Date, string? Organisation, string? Summary = null)
    {
        public static Entry Of(Archive.Browse.DocumentSummary document) =>
            new(document.Id, document.Title, document.Date, document.QualifiedOrganisation);
    }

    private static IEnumerable<Entry> Newest(IEnumerable<Archive.Browse.DocumentSummary> documents) =>
        documents.OrderByDescending(d => d.Date.HasValue).ThenByDescending(d => d.Date).Take(FeedSize).Select(Entry.Of);

    private static IResult Feed(
        IndexLease archive,
        string site,
        string title,
        string alternate,
        string self,
        IEnumerable<Entry> entries)
    {
        var imported = archive.ImportedAt ?? DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(entries.Select(entry => Item(site, imported, entry)).ToList())
        {
            Title = new TextSyndicationContent(XmlText.Safe(title)),
            Id = site + alternate,
            LastUpdatedTime = imported,
            Language = "vi",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(Href(site + self)));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(Href(site + alternate)));
        return new AtomFeedResult(feed);
    }

    private static SyndicationItem Item(string site, DateTimeOffset imported, Entry entry)
    {
        var url = $"{site}/documents/{entry.Id}";
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(XmlText.Safe(entry.Title)),
            // Atom needs a time; an undated document takes the import's.
            LastUpdatedTime = entry.Date is { } day
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7))
                : imported,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Href(url)));
        if (entry.Organisation is { } organisation)
            item.Authors.Add(new SyndicationPerson { Name = XmlText.Safe(organisation) });
        if (!string.IsNullOrEmpty(entry.Summary))
            item.Summary = new TextSyndicationContent(XmlText.Safe(entry.Summary), TextSyndicationContentKind.Html);
        return item;
    }

    // Without a public address the links are the site's own paths, and "/documents/x" read as
    // RelativeOrAbsolute would be a file URI on Linux.
    private static Uri Href(string url) =>
        new(url, url.StartsWith('/') ? UriKind.Relative : UriKind.Absolute);

    /// <summary>
    /// A feed written as Atom 1.0. The formatter writes synchronously, which Kestrel refuses on the response
    /// body, so it writes to memory (a feed holds at most <see cref="FeedSize"/> entries) and the copy is async.
    /// </summary>
    private sealed class AtomFeedResult(SyndicationFeed feed) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            using var buffer = new MemoryStream();
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
            using (var writer = XmlWriter.Create(buffer, settings))
                new Atom10FeedFormatter(feed).WriteTo(writer);
            httpContext.Response.ContentType = "application/atom+xml; charset=utf-8";
            httpContext.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }

    // The OpenSearch description is no feed: Syndication has no model for it, so it stays hand-written.
    private static IResult Xml(string contentType, Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
            write(writer);
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text, contentType, Encoding.UTF8);
    }
}
