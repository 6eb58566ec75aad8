using Archive.Directives;
using Archive.Text;
using Archive.Web.Hosting;

namespace Archive.Web.Api;

/// <summary>/api/directives: every cited directive, and each one with the documents citing it.</summary>
public static class DirectivesApi
{
    /// <summary>One directive with each document's citation of it and the sentence that cites it.</summary>
    public sealed record DirectiveDetail(string Code, string Slug, string Type, string Number, string? Issuer,
        string? IssuingBody, DateOnly? Date, string? Title, IReadOnlyList<DirectiveCitation> Citations, IEnumerable<string> Documents);

    /// <summary>A code that names different directives in different years (numbering restarts each term).</summary>
    public sealed record DirectiveYears(string Code, string Slug, IReadOnlyList<DirectiveEntry> Directives);

    public static IEndpointRouteBuilder MapDirectivesApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/directives", (ArchiveHost archive) =>
            archive.Index.Directives.Entries);

        app.MapGetAndHead("/api/directives/{slug}", (ArchiveHost archive, string slug) =>
        {
            var registry = archive.Index.Directives;
            if (registry.FindBySlug(slug) is { } entry)
                return Results.Ok(new DirectiveDetail(entry.Code, entry.Slug, entry.Type, entry.Number, entry.Issuer,
                    entry.IssuingBody, entry.Date, entry.Title, registry.CitationsOf(entry), entry.Documents));

            var canonical = Canonical(registry, slug);
            if (canonical is null)
                return Results.Problem($"The archive has no document citing '{slug}'.", statusCode: 404, title: "Directive not found");
            if (canonical != slug) return Results.Redirect($"/api/directives/{canonical}", permanent: true);

            var code = registry.Resolve(slug)!.Value.Code;
            return Results.Ok(new DirectiveYears(code, slug, registry.ForCode(code)));
        });
        return app;
    }

    /// <summary>
    /// The canonical slug for any way of naming a known directive: the entry's own slug, or for a code
    /// cited in several years the code's overview slug (with a year, that year's entry).
    /// </summary>
    public static string? Canonical(DirectiveRegistry registry, string? requested)
    {
        if (registry.Resolve(requested) is not var (code, year)) return null;
        var entries = registry.ForCode(code);
        if (entries.Count == 1) return entries[0].Slug;
        if (year is { } y && entries.FirstOrDefault(e => e.Date?.Year == y) is { } ofYear) return ofYear.Slug;
        return Slugs.Of(code);
    }
}
