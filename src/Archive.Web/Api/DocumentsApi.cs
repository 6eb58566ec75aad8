using Archive.Web.Citing;

namespace Archive.Web.Api;

/// <summary>/api/documents: the documents as JSON, a page at a time, and each one as JSON or a citation.</summary>
public static class DocumentsApi
{
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGetAndHead("/documents", (IndexLease archive, string? page, string? size) =>
        {
            if (!QueryNumber.TryRead(page, 1, 1, 1_000_000, out var pageNumber))
                return Results.Problem(
                    $"page must be a whole number from 1 to 1000000 (was '{page}').",
                    statusCode: 400,
                    title: "Bad page");
            if (!QueryNumber.TryRead(size, 20, 1, MaxPageSize, out var pageSize))
                return Results.Problem(
                    $"size must be a whole number from 1 to {MaxPageSize} (was '{size}').",
                    statusCode: 400,
                    title: "Bad page size");
            return Results.Ok(archive.Index.List(pageNumber, pageSize));
        });

        // The document as JSON, or as a reference manager imports it (?format=bibtex|ris|csl-json, or an Accept of
        // their types).
        api.MapGetAndHead("/documents/{id}", (
            IndexLease archive,
            PublicSite site,
            TimeProvider clock,
            HttpRequest request,
            string id) =>
        {
            // The answer depends on Accept: caches in front of the site, and the site's own, keep one per type.
            request.HttpContext.Response.Headers.Vary = "Accept";
            var format = FileFormat.Asked(request, CitationFormats.All);
            var known = CitationFormats.All.FirstOrDefault(f => f.Name == format);
            if (format is not (null or "json") && known is null)
                return Results.Problem(
                    $"format must be json, {string.Join(", ", CitationFormats.All.Select(f => f.Name))}.",
                    statusCode: 400,
                    title: "Bad format");
            if (archive.Index.Find(id) is not { } document)
                return Results.Problem(
                    $"There is no document with id '{id}'.",
                    statusCode: 404,
                    title: "Document not found");
            if (known is null) return Results.Ok(document);
            request.HttpContext.Response.Headers.ContentDisposition =
                $"inline; filename=\"{document.Id}.{known.Extension}\"";
            var citation = CitationFormats.Write(
                known.Name,
                document,
                site.DocumentUrl(request, document.Id),
                Archive.Text.VietnameseDates.Today(clock));
            return Results.Text(citation, $"{known.MediaType}; charset=utf-8");
        }).CacheOutput(policy => policy.SetVaryByHeader("Accept"));

        return api;
    }
}
