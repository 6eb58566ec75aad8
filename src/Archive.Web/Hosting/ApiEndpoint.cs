using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Web.Hosting;

/// <summary>Marks the JSON API's endpoints, whose every answer, errors included, is JSON.</summary>
/// <remarks>The /api route group carries it (<c>ApiRoutes.MapApi</c>); the middleware that refuses or fails
/// a request reads it through <see cref="ApiEndpoints.IsApi(HttpContext)"/>.</remarks>
public sealed class ApiEndpoint
{
    public static readonly ApiEndpoint Metadata = new();

    private ApiEndpoint() { }
}

public static class ApiEndpoints
{
    /// <summary>True when the request was routed to the API (only after routing: before, nothing is known).</summary>
    public static bool IsApi(this HttpContext context) => context.GetEndpoint().IsApi();

    public static bool IsApi(this Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<ApiEndpoint>() is not null;

    /// <summary>
    /// A middleware's refusal of an API request, as a problem with the status already set; a page gets the
    /// site's own page for that status from the status-code pages instead.
    /// </summary>
    public static Task ProblemForApiAsync(this HttpContext context, string title, string detail) =>
        context.IsApi()
            ? Results.Problem(detail, statusCode: context.Response.StatusCode, title: title).ExecuteAsync(context)
            : Task.CompletedTask;

    /// <summary>A re-executed error page whose original request was the API's: it is answered as a problem.</summary>
    public static bool WasApi(this IStatusCodeReExecuteFeature reExecuted) => reExecuted.Endpoint.IsApi();
}
