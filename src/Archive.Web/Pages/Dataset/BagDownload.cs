using System.Globalization;
using Archive.Export;

namespace Archive.Web.Pages.Dataset;

/// <summary>
/// /dataset/archive-bag.zip: the whole generation being served as a zipped BagIt bag, written as it is
/// read (one source file at a time straight into the response), so memory does not grow with the archive.
/// </summary>
public static class BagDownload
{
    public const string Path = "/dataset/archive-bag.zip";

    /// <summary>"luu-tru-noi-chinh-2026-12-03": the bag's folder in the ZIP and the file's name.</summary>
    public static string Name(IndexLease archive) =>
        archive.ImportedAt is { } imported
            ? string.Create(CultureInfo.InvariantCulture, $"luu-tru-noi-chinh-{imported.UtcDateTime:yyyy-MM-dd}")
            : $"luu-tru-noi-chinh-{System.IO.Path.GetFileName(archive.Index.Generation)}";

    public static IEndpointRouteBuilder MapBagDownload(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead(Path, (IndexLease archive, HttpContext http) =>
        {
            var name = Name(archive);
            // The import's time, not the request's: the same generation is the same bytes, as its ETag says.
            var imported = archive.ImportedAt ?? DateTimeOffset.UnixEpoch;
            // HEAD would otherwise write the whole bag into Stream.Null.
            var head = HttpMethods.IsHead(http.Request.Method);
            return Results.Stream(
                async body =>
                {
                    if (!head) await BagExport.WriteZipAsync(archive.Index, body, name, imported, http.RequestAborted);
                },
                "application/zip", $"{name}.zip", lastModified: imported);
        })
        // Hundreds of megabytes at full size: kept, it would push every page out of the 32 MB output cache.
        .CacheOutput(policy => policy.NoCache());
        return app;
    }
}
