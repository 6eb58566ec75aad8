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

    /// <summary>Each header with its value; the application's answers and Kestrel's own carry the same.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy),
        new(HeaderNames.XContentTypeOptions, "nosniff"),
        new(HeaderNames.XFrameOptions, "DENY"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];

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
    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Tells the connection that this answer is the application's, not one of Kestrel's own.
            context.Features.Get<KestrelOwnAnswers>()?.ApplicationAnswers(context.Response);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                foreach (var (name, value) in All) headers.TryAdd(name, value);
                return Task.CompletedTask;
            });
            await next();
        });
}
