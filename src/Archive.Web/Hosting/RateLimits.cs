using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>
/// `Archive:RateLimit`: requests per client address per window, in two tiers: searches (/search and
/// /api, the costly answers) and every other page the application writes (documents, their raw files,
/// browsing lists, feeds, sitemaps). Static files, 304s and the health probes are not counted.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Archive:RateLimit";

    /// <summary>Turns limiting off (`Archive__RateLimit__Disabled=true`), for benchmarks and load tests.</summary>
    public bool Disabled { get; set; }

    /// <summary>Searches (/search, /api/*) per address per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 120;

    /// <summary>Other pages per address per window: a reader or a polite crawler stays far below it.</summary>
    [Range(1, 1_000_000)]
    public int PagePermitLimit { get; set; } = 600;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// What keeps the archive affordable: a per-address rate limit on every answer the application computes.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of searches: /search, /search.atom and the whole API carry it.</summary>
    public const string Searches = "searches";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellation) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : TimeSpan.FromSeconds(10);
                var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.ProblemForApiAsync("Too many requests",
                    "Too many requests from this address; try again after the time in Retry-After.");
            };
            // Every request counts, output-cached or not: a query string of its own would miss the cache.
            limiter.AddPolicy(Searches, context =>
                Window(context, "search", options => options.PermitLimit));
            // Every other page; an endpoint with a policy of its own is counted by that policy only.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
                    ? RateLimitPartition.GetNoLimiter("by its policy")
                    : Window(context, "page", options => options.PagePermitLimit));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(
        HttpContext context,
        string tier,
        Func<RateLimitOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        // A re-executed error page is part of the request already counted.
        if (options.Disabled || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return RateLimitPartition.GetNoLimiter("unlimited");
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{tier} {client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
