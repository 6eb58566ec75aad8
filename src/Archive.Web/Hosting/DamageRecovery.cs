namespace Archive.Web.Hosting;

/// <summary>
/// A request that fails may have read a damaged file of the index (a segment truncated while the site
/// runs). Its checksums decide (<see cref="ArchiveHost.RecoverFromDamage"/>): on damage the site has
/// already moved to the previous good generation, so the answer is a 503 to try again a second later;
/// any other failure goes on to the exception handler as a 500.
/// </summary>
public static class DamageRecovery
{
    public static IApplicationBuilder UseDamageRecovery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception) when (!context.Response.HasStarted
                                    && !context.RequestAborted.IsCancellationRequested
                                    && context.RequestServices.GetRequiredService<ArchiveHost>().RecoverFromDamage())
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "1";
                await context.ProblemForApiAsync("Index damaged",
                    "A file of the index was damaged; the archive has moved to its previous good copy and " +
                    "rebuilds the damaged one. Try again in a second.");
            }
        });
}
