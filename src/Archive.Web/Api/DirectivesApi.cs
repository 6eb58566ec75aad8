using Archive.Directives;

namespace Archive.Web.Api;

/// <summary>/api/directives: every cited directive, and each one with the documents citing it.</summary>
public static class DirectivesApi
{
    /// <summary>A code that names different directives in different years (numbering restarts each term).</summary>
    public sealed record DirectiveYears(string Code, string Slug, IReadOnlyList<DirectiveEntry> Directives);

    public static RouteGroupBuilder MapDirectivesApi(this RouteGroupBuilder api)
    {
        api.MapGetAndHead("/directives", (IndexLease archive) =>
            archive.Index.Directives.Entries);

        api.MapGetAndHead("/directives/{slug}", (IndexLease archive, string slug) =>
        {
            var registry = archive.Index.Directives;
            if (registry.FindBySlug(slug) is { } entry)
                return Results.Ok(entry with
                {
                    Citations = registry.CitationsOf(entry),
                    Relations = [.. registry.Outgoing(entry.Code), .. registry.Incoming(entry.Code)],
                });

            var canonical = registry.CanonicalSlug(slug);
            if (canonical is null)
                return Results.Problem(
                    $"The archive has no document citing '{slug}'.",
                    statusCode: 404,
                    title: "Directive not found");
            if (canonical != slug) return Results.Redirect($"/api/directives/{canonical}", permanent: true);

            var code = registry.Resolve(slug)!.Value.Code;
            return Results.Ok(new DirectiveYears(code, slug, registry.ForCode(code)));
        });
        return api;
    }
}
