using Microsoft.Net.Http.Headers;

namespace Archive.Web.Hosting;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows only the site's own files (no
/// inline script or style, no framing), no MIME sniffing, a strict referrer and no device features.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Registers <see cref="UseSecurityHeaders"/> as the first of all middleware, ahead even of the host
    /// filtering the framework puts first (its 400 for a host not allowed carries them too).
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, First>());
        return services;
    }

    private sealed class First : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseSecurityHeaders();
            next(app);
        };
    }

    /// <summary>
    /// Added as the response starts, not as the request arrives: the exception handler clears the
    /// headers before it writes the 500, and the status-code pages re-execute. A header an endpoint set
    /// itself (the raw file's stricter policy) is kept.
    /// </summary>
    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy);
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            return Task.CompletedTask;
        });
        await next();
    });
}
