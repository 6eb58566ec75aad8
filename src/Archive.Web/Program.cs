using System.Globalization;
using Archive.Web.Api;
using Archive.Web.Feeds;
using Archive.Web.Localization;
using Archive.Web.Pages.Dataset;
using Archive.Web.Pages.Documents;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Structured logs configured from the "Serilog" section; no static logger, so tests can build many hosts.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

builder.Services.AddArchive(builder.Configuration);
builder.Services.AddRateLimits(builder.Configuration);
// Before every other middleware, so that every answer the application writes carries them, errors,
// refused hosts and re-executed pages included.
builder.Services.AddSecurityHeaders();
// No Server banner; explicit bounds on what a request may carry (over-long URL: 414, headers: 431);
// the security headers on the answers Kestrel writes itself to a request it cannot parse.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.ConfigureEndpointDefaults(KestrelOwnAnswers.AddTo);
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestLineSize = 8 * 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
    kestrel.Limits.MaxRequestBodySize = 0;
});
builder.Services.AddRazorPages();

var app = builder.Build();

// Error statuses get the site's own pages; the API's are problem details (ApiRoutes).
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseExceptionHandler();
// Inside the exception handler: a failure caused by a damaged index file becomes a switch to a good one.
app.UseDamageRecovery();
app.UseSerilogRequestLogging();
app.UseSiteLanguages();
app.UseStaticFiles();
// Early, so that every middleware after it knows the endpoint, and with it whether the request is the API's.
app.UseRouting();
app.UseReadOnlyMethods();
app.UseRebuildingPage();
app.UseHttpCaching();
app.UseRateLimiter();
app.UseOutputCache();

app.MapHealth();
app.MapApi();
app.MapRawFiles();
app.MapBagDownload();
app.MapFeeds();
app.MapRazorPages();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
