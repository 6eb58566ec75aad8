using Microsoft.Net.Http.Headers;

namespace Archive.Web.Hosting;

/// <summary>
/// Browser and CDN caching: every answer of the site is a function of the URL, the language and the
/// index generation, so the generation is the ETag (a matching If-None-Match gets 304) and answers may be
/// kept for a few minutes. A new generation changes every ETag at once.
/// </summary>
public static class HttpCaching
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var archive = context.RequestServices.GetRequiredService<ArchiveHost>();
        var path = context.Request.Path;
        // A POST (OAI-PMH's) is no cacheable read, and If-None-Match on it does not mean 304.
        if (!archive.IsLoaded
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || path == "/healthz" || path == "/readyz" || path == "/dates/today")
        {
            await next();
            return;
        }

        // The request's own generation: the one its answer is read from, even across a publish.
        var generation = context.RequestServices.GetRequiredService<IndexLease>().Index.Generation;
        var tag = new EntityTagHeaderValue(
            $"\"{Path.GetFileName(generation)}-{Localization.SiteLanguages.Current}\"",
            isWeak: true);
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(a => a.Compare(tag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = tag.ToString();
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK
                && !context.Response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                context.Response.Headers.ETag = tag.ToString();
                context.Response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
            }
            return Task.CompletedTask;
        });
        await next();
    });
}
