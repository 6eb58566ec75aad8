namespace Archive.Web.Pages.Documents;

/// <summary>/documents/{id}/raw: the original file, byte for byte.</summary>
public static class RawFile
{
    public static IEndpointRouteBuilder MapRawFiles(this IEndpointRouteBuilder app)
    {
        // Never re-encoded, never interpreted.
        app.MapGetAndHead("/documents/{id}/raw", (IndexLease archive, HttpContext http, string id) =>
        {
            var document = archive.Index.Find(id);
            var raw = document is null ? null : archive.Index.FindRaw(id);
            if (document is null || raw is null) return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Even a browser that ignored the content type could run nothing from it.
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            // The id is a slug of ASCII letters, digits and hyphens, so the file name needs no escaping.
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{document.Id}.txt\"";
            return Results.Bytes(raw, $"text/plain; charset={document.Encoding}");
        });

        return app;
    }
}
