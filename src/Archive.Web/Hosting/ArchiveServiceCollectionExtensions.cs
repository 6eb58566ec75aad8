using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Web.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;

namespace Archive.Web.Hosting;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Options, the archive host that owns the index, and JSON that keeps Vietnamese readable.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArchiveHost>();
        // Each request reads one generation from start to end, however many publishes happen meanwhile.
        services.AddScoped(provider => provider.GetRequiredService<ArchiveHost>().Lease());
        services.AddSingleton<PublicSite>();
        services.AddOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>()
            .PostConfigure<IConfiguration>(PublicSite.AllowOnlyItsHost);
        services.AddSingleton<Help.HelpPages>();
        services.AddHostedService(provider => provider.GetRequiredService<ArchiveHost>());
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        // Razor writes Vietnamese letters as they are, not as &#x...; references.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        // The archive is read-only and changes only when a new index is published (which evicts the tag):
        // every GET answer can be kept, per URL and language. The cache is capped well below the 100 MB
        // default: the site's whole memory target at 100k documents (docs/performance.md) must hold it,
        // and a crawler walking every page would fill it with pages seen once.
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 32 * 1024 * 1024;
            cache.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Request.Path != "/dates/today"
                    && !context.HttpContext.Request.Path.StartsWithSegments("/readyz"))
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("lang", SiteLanguages.Current))
                .Tag(ArchiveHost.CacheTag));
        });
        services.AddSiteLanguages();
        // The site has no forms and no sign-in: nothing protected needs keys that outlive the process.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return services;
    }
}
