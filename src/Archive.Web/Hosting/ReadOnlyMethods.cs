namespace Archive.Web.Hosting;

/// <summary>
/// The archive never changes anything: it answers GET and HEAD, and POST only where a protocol asks for it
/// as another way to read (<see cref="MapReadOnlyPost"/>).
/// </summary>
public static class ReadOnlyMethods
{
    /// <summary>Any method but GET and HEAD is 405 with Allow, except a POST its endpoint reads.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method)
                || (HttpMethods.IsPost(context.Request.Method)
                    && context.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyPost>() is not null))
            {
                await next();
                return;
            }
            if (HttpMethods.IsHead(context.Request.Method))
            {
                // Headers as for GET, no body (Kestrel drops it too; this holds behind any server).
                var body = context.Response.Body;
                context.Response.Body = Stream.Null;
                try
                {
                    await next();
                }
                finally
                {
                    context.Response.Body = body;
                }
                return;
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            await context.ProblemForApiAsync("Method not allowed",
                "The archive is read-only: it answers GET and HEAD.");
        });

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>MapGet that answers HEAD too (Kestrel sends the headers without the body).</summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);

    /// <summary>
    /// A POST that reads like a GET (OAI-PMH's), answered where <see cref="UseReadOnlyMethods"/> refuses every
    /// other. The handler must bound the body itself: Kestrel allows none by default.
    /// </summary>
    public static RouteHandlerBuilder MapReadOnlyPost(
        this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapPost(pattern, handler).WithMetadata(new ReadOnlyPost());

    private sealed class ReadOnlyPost;
}
