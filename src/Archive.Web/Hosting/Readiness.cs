namespace Archive.Web.Hosting;

/// <summary>
/// /healthz (the process is alive), /readyz (the index is loaded, with its size), and, until the index
/// is loaded, a 503 "being rebuilt" answer for everything else: a page that refreshes itself for
/// people, problem details for the API.
/// </summary>
public static class Readiness
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Probes always answer: no rate limit.
        app.MapGetAndHead("/healthz", () => Results.Text("ok")).DisableRateLimiting();
        app.MapGetAndHead("/readyz", (ArchiveHost archive) =>
        {
            if (!archive.IsLoaded)
                return Results.Json(
                    new
                    {
                        ready = false,
                        status = archive.Status,
                        documents = 0,
                        generation = (string?)null,
                        problem = archive.Problem
                    },
                    statusCode: 503);
            using var lease = archive.Lease();
            return Results.Ok(new
            {
                ready = true,
                status = archive.Status,
                documents = lease.Index.Count,
                generation = Path.GetFileName(lease.Index.Generation),
                problem = archive.Problem,
            });
        }).DisableRateLimiting();
        return app;
    }

    public static IApplicationBuilder UseRebuildingPage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var archive = context.RequestServices.GetRequiredService<ArchiveHost>();
            if (archive.IsLoaded || path == "/healthz" || path == "/readyz" || path.StartsWithSegments("/css"))
            {
                await next();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            if (context.IsApi())
            {
                await context.ProblemForApiAsync("Archive not ready",
                    "The archive index is being built; try again in a few seconds.");
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("""
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="5">
                <title>Đang xây dựng chỉ mục · Lưu trữ Nội chính</title>
                <link rel="stylesheet" href="/css/site.css"></head>
                <body><main id="main"><h1>Đang xây dựng chỉ mục</h1>
                <p>Lưu trữ đang đọc lại các văn bản nguồn. Trang sẽ tự tải lại sau vài giây.</p>
                <p lang="en">The archive is rebuilding its index; this page reloads itself in a few seconds.</p>
                </main></body>
                </html>
                """);
        });
}
