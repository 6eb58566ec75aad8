using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Browse;
using Archive.Model;
using Archive.Text;
using Archive.Web.Api;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Pages.Documents;

/// <summary>One document: its text beside its metadata, with every fact one click away.</summary>
public sealed class ShowModel(ArchiveHost archive, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>A run of body text, linked to a directive's page when it is a directive mention.</summary>
    public sealed record Segment(string Text, string? DirectiveSlug);

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public ArchiveDocument Document { get; private set; } = null!;
    public IReadOnlyList<ArchiveDocument> Related { get; private set; } = [];
    public DocumentSummary? Previous { get; private set; }
    public DocumentSummary? Next { get; private set; }
    public IReadOnlyList<IReadOnlyList<Segment>> Body { get; private set; } = [];

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A paragraph as HTML: its text encoded, its directive mentions as links, nothing else.</summary>
    public static HtmlString Render(IReadOnlyList<Segment> paragraph) => new(string.Concat(paragraph.Select(segment =>
        segment.DirectiveSlug is null
            ? Html.Encode(segment.Text)
            : $"<a href=\"/directives/{Html.Encode(segment.DirectiveSlug)}\">{Html.Encode(segment.Text)}</a>")));
    public string? OrganisationSlug { get; private set; }
    public string CanonicalUrl => $"{Request.Scheme}://{Request.Host}/documents/{Document.Id}";
    public DateOnly Accessed => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public IActionResult OnGet()
    {
        var document = archive.Index.Find(Id);
        if (document is null) return NotFound();
        Document = document;
        Related = archive.Index.Related(document.Id);
        (Previous, Next) = archive.Index.Catalog.Neighbours(document.Id);
        var summary = archive.Index.Catalog.Find(document.Id);
        OrganisationSlug = summary?.QualifiedOrganisation is { } organisation ? DocumentCatalog.Slug(organisation) : null;
        var mentions = document.Directives
            .Select(d => (d.Mention, Slug: DirectiveSlug(d)))
            .Where(m => m.Slug is not null && m.Mention.Length > 0)
            .ToList();
        Body = document.Paragraphs.Select(paragraph => Link(paragraph, mentions)).ToList();
        return Page();
    }

    public string? DirectiveSlug(DirectiveReference directive) =>
        directive.Code is null ? null : DirectivesApi.Canonical(archive.Index.Directives, directive.Code);

    public static string PersonSlug(Person person) => DocumentCatalog.Slug(person.Name);

    /// <summary>An APA-like reference: author (date). Title. Source. Archive URL, accessed on.</summary>
    public string Citation
    {
        get
        {
            var author = Document.Author ?? Document.Source ?? text["Không rõ tác giả"];
            var date = Document.PublishedDate ?? Document.EventDate;
            var when = date is { } d ? VietnameseDates.Short(d) : text["không ghi ngày"];
            var source = Document.Source is not null && Document.Author is not null ? $" {Document.Source}." : "";
            return $"{author} ({when}). {Document.Title}.{source} {text["Lưu trữ Nội chính"]}. {CanonicalUrl} ({text["truy cập ngày {0}", VietnameseDates.Short(Accessed)]}).";
        }
    }

    // Directive mentions in the text become links to the directive's page.
    private static IReadOnlyList<Segment> Link(string paragraph, List<(string Mention, string? Slug)> mentions)
    {
        var segments = new List<Segment>();
        var at = 0;
        while (at < paragraph.Length)
        {
            var next = mentions
                .Select(m => (m.Mention, m.Slug, Index: paragraph.IndexOf(m.Mention, at, StringComparison.Ordinal)))
                .Where(m => m.Index >= 0)
                .OrderBy(m => m.Index).ThenByDescending(m => m.Mention.Length)
                .FirstOrDefault();
            if (next.Mention is null)
            {
                segments.Add(new Segment(paragraph[at..], null));
                break;
            }
            if (next.Index > at) segments.Add(new Segment(paragraph[at..next.Index], null));
            segments.Add(new Segment(next.Mention, next.Slug));
            at = next.Index + next.Mention.Length;
        }
        return segments;
    }
}
