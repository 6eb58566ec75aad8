using System.Text;
using System.Xml;
using Archive.Search;
using Archive.Web.Api;
using Archive.Web.Hosting;

namespace Archive.Web.Feeds;

/// <summary>
/// What other programs read: the Atom feeds (the newest documents, and any search), the OpenSearch
/// description, robots.txt (the sitemap is in <see cref="Sitemaps"/>).
/// </summary>
public static class FeedEndpoints
{
    public const int FeedSize = 20;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapSitemaps();
        app.MapGetAndHead("/feed.atom", (ArchiveHost archive, PublicSite publicSite, HttpRequest request) => Xml("application/atom+xml; charset=utf-8", writer =>
        {
            var site = publicSite.Origin(request);
            var latest = archive.Index.Catalog.Dated.Reverse().Take(FeedSize).ToList();
            writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            writer.WriteAttributeString("xml", "lang", null, "vi");
            writer.WriteElementString("title", "Lưu trữ Nội chính: tài liệu mới");
            writer.WriteElementString("id", site + "/");
            writer.WriteElementString("updated", Stamp(archive.Index.ImportedAt ?? DateTimeOffset.UnixEpoch));
            Link(writer, site + "/feed.atom", "self");
            Link(writer, site + "/", "alternate");
            foreach (var document in latest)
            {
                writer.WriteStartElement("entry");
                writer.WriteElementString("title", document.Title);
                writer.WriteElementString("id", $"{site}/documents/{document.Id}");
                Link(writer, $"{site}/documents/{document.Id}", "alternate");
                writer.WriteElementString("updated", Stamp(new DateTimeOffset(document.Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7))));
                if (document.QualifiedOrganisation is { } organisation)
                {
                    writer.WriteStartElement("author");
                    writer.WriteElementString("name", organisation);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }));

        // Any search, followed in a feed reader: the same parameters as /search, its newest documents first.
        app.MapGetAndHead("/search.atom", (ArchiveHost archive, PublicSite publicSite, HttpRequest request) =>
        {
            SearchResult result;
            try
            {
                result = archive.Index.Search(SearchParameters.Read(request.Query) with { Sort = SearchSort.DateDesc, Page = 1, Size = FeedSize });
            }
            catch (SearchQueryException e)
            {
                return SearchApi.BadQuery(e.Message);
            }
            catch (SearchTimeoutException e)
            {
                return Results.Problem(e.Message, statusCode: 503, title: "Search timed out");
            }
            var site = publicSite.Origin(request);
            return Xml("application/atom+xml; charset=utf-8", writer =>
            {
                writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
                writer.WriteAttributeString("xml", "lang", null, "vi");
                writer.WriteElementString("title", $"Lưu trữ Nội chính: tìm “{result.Query}”");
                writer.WriteElementString("id", site + "/search" + request.QueryString);
                writer.WriteElementString("updated", Stamp(archive.Index.ImportedAt ?? DateTimeOffset.UnixEpoch));
                Link(writer, site + "/search.atom" + request.QueryString, "self");
                Link(writer, site + "/search" + request.QueryString, "alternate");
                foreach (var hit in result.Hits)
                {
                    writer.WriteStartElement("entry");
                    writer.WriteElementString("title", hit.Title);
                    writer.WriteElementString("id", $"{site}/documents/{hit.Id}");
                    Link(writer, $"{site}/documents/{hit.Id}", "alternate");
                    var date = hit.EventDate ?? Archive.Model.ArchiveDocument.DateOf(hit.Published);
                    writer.WriteElementString("updated", Stamp(date is { } day
                        ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7))
                        : archive.Index.ImportedAt ?? DateTimeOffset.UnixEpoch));
                    if (hit.Organisation is { } organisation)
                    {
                        writer.WriteStartElement("author");
                        writer.WriteElementString("name", organisation);
                        writer.WriteEndElement();
                    }
                    // Snippets are escaped HTML with <mark>: the feed carries them as HTML, escaped once more by the writer.
                    if (hit.Snippets.Count > 0)
                    {
                        writer.WriteStartElement("summary");
                        writer.WriteAttributeString("type", "html");
                        writer.WriteString(string.Join(" … ", hit.Snippets));
                        writer.WriteEndElement();
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            });
        });

        app.MapGetAndHead("/opensearch.xml", (PublicSite publicSite, HttpRequest request) => Xml("application/opensearchdescription+xml; charset=utf-8", writer =>
        {
            var site = publicSite.Origin(request);
            writer.WriteStartElement("OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/");
            writer.WriteElementString("ShortName", "Lưu trữ Nội chính");
            writer.WriteElementString("Description", "Tìm trong lưu trữ văn bản, hội nghị về công tác nội chính");
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
            return Results.Text($"User-agent: *\nDisallow: /api/\nDisallow: /search\n{sitemap}", "text/plain; charset=utf-8");
        });

        return app;
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static IResult Xml(string contentType, Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
            write(writer);
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text, contentType, Encoding.UTF8);
    }
}
