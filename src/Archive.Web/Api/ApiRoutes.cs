namespace Archive.Web.Api;

/// <summary>
/// /api: one route group that carries the API's policies. Its endpoints are limited as searches are
/// (<see cref="RateLimits.Searches"/>), and every middleware that refuses or fails a request (readiness,
/// read-only methods, rate limits, damage recovery, error pages) asks
/// <see cref="ApiEndpoints.IsApi(HttpContext)"/> whether to answer
/// with problem details or with the site's own page.
/// </summary>
public static class ApiRoutes
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithMetadata(ApiEndpoint.Metadata).RequireRateLimiting(RateLimits.Searches);
        api.MapDocumentsApi();
        api.MapSearchApi();
        api.MapDirectivesApi();
        // Any other path under /api, by any method, is the API's own 404 (or the 405 of the read-only
        // methods), not the site's HTML page.
        api.MapFallback("{**path}", (string? path) =>
            Results.Problem(
                $"The API has no '/api/{path}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found"));
        return app;
    }
}
