using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Archive.Web.Localization;

/// <summary>
/// Vietnamese first, English for foreign researchers: chosen by ?lang=en|vi (remembered in a cookie),
/// else by the browser's Accept-Language.
/// </summary>
public static class SiteLanguages
{
    public const string QueryKey = "lang";
    private static readonly CultureInfo[] Cultures = [new("vi"), new("en")];

    public static IServiceCollection AddSiteLanguages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("vi");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Applies the language and remembers an explicit ?lang= choice for the pages that follow.</summary>
    public static IApplicationBuilder UseSiteLanguages(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey(QueryKey))
            {
                var culture = CultureInfo.CurrentUICulture.Name;
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        MaxAge = TimeSpan.FromDays(365),
                        IsEssential = true
                    });
            }
            context.Response.Headers.ContentLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            await next();
        });
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The page's language for &lt;html lang&gt;.</summary>
    public static string Current => IsEnglish ? "en" : "vi";
}
