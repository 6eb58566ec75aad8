using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Index.Schema;
using Archive.Model;
using Archive.Search;
using Archive.Text;
using Archive.Web.Api;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Pages.Documents;

/// <summary>One document: its text beside its metadata, with every fact one click away.</summary>
public sealed class ShowModel(
    IndexLease archive,
    PublicSite site,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>
    /// A run of body text, linked to a directive's page when it is a directive mention, with the search's
    /// matches in it.
    /// </summary>
    public sealed record Segment(string Text, string? DirectiveSlug, IReadOnlyList<Mark>? Marks = null);

    /// <summary>
    /// A marked stretch of a segment: a search match, or the <paramref name="Evidence"/> for an extracted
    /// value. <paramref name="Id"/> ("m1", "ev-3") where it begins, so a link can scroll to it.
    /// </summary>
    public sealed record Mark(int Start, int End, string? Id, Evidence? Evidence = null);

    /// <summary>A span to mark in a text: start and end in that text, its id, its evidence if any.</summary>
    private sealed record Span(int Start, int End, string Id, Evidence? Evidence = null);

    /// <summary>Enough marks for any real reading; a huge body with a common word stays a bounded page.</summary>
    public const int MaxMarks = 1_000;

    /// <summary>
    /// People, directives and provenance rows listed on one page: more than a real article has, and a
    /// bound for a document of the 4 MB source limit (docs/performance.md, "What each route costs").
    /// The JSON answer has them all.
    /// </summary>
    public const int MaxListed = 100;

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    /// <summary>The search that led here: its matches are marked in the text.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Exact { get; set; }

    /// <summary>The paragraph the citation cites (`?cite=N`, from 1), or null for the whole document.</summary>
    public int? CitedParagraph { get; private set; }

    /// <summary>The marked matches of <see cref="Q"/>, or null when there is no search (or a bad one).</summary>
    public TextMarks? Marks { get; private set; }

    public ArchiveDocument Document { get; private set; } = null!;
    public IReadOnlyList<DocumentSummary> Related { get; private set; } = [];
    public DocumentSummary? Previous { get; private set; }
    public DocumentSummary? Next { get; private set; }
    /// <summary>The paragraphs (or pieces of a paragraph longer than a part) of the part shown.</summary>
    public IReadOnlyList<IReadOnlyList<Segment>> Body { get; private set; } = [];

    /// <summary>
    /// For each of <see cref="Body"/>, the paragraph's number in the whole body (from 1, its anchor `#pN`),
    /// or null for the rest of a paragraph split across parts, which only its first piece anchors.
    /// </summary>
    public IReadOnlyList<int?> ParagraphNumbers { get; private set; } = [];

    /// <summary>A link to paragraph <paramref name="number"/> of this document, on the part that shows it.</summary>
    public string ParagraphLink(int number) =>
        PartCount == 1 ? $"#p{number}" : Anchor(PartNumber, $"p{number}");

    // An anchor on one part of this document as it is shown without a search.
    private string Anchor(int part, string id) =>
        $"/documents/{Document.Id}"
        + (part > 1 ? $"?part={part.ToString(CultureInfo.InvariantCulture)}" : "")
        + $"#{id}";

    /// <summary>
    /// The part of the body shown (from 1, `?part=N`), of <see cref="PartCount"/> (<see cref="BodyParts"/>).
    /// </summary>
    public int PartNumber { get; private set; } = 1;
    public int PartCount => parts.Count;
    private IReadOnlyList<IReadOnlyList<BodySlice>> parts = [];

    /// <summary>This page showing part <paramref name="number"/>, with the search that led here.</summary>
    public string PartLink(int number)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (!ShowsEvidence) parameters.Add(new("q", Q));
        if (!ShowsEvidence && Exact) parameters.Add(new("exact", "true"));
        if (number > 1) parameters.Add(new("part", number.ToString(CultureInfo.InvariantCulture)));
        return $"/documents/{Document.Id}" + QueryString.Create(parameters);
    }

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A paragraph as HTML: its text encoded, its directive mentions as links, nothing else.</summary>
    public static HtmlString Render(IReadOnlyList<Segment> paragraph) =>
        new(string.Concat(paragraph.Select(segment =>
            segment.DirectiveSlug is null
                ? Marked(segment)
                : $"<a href=\"/directives/{Html.Encode(segment.DirectiveSlug)}\">{Marked(segment)}</a>")));

    /// <summary>A line outside the body (dateline, caption, credit) with its evidence marked.</summary>
    public HtmlString RenderLine(string part, int index, string text) =>
        new(Marked(new Segment(text, null, ShowsEvidence && lineSpans.TryGetValue((part, index), out var spans)
            ? spans.Select(s => new Mark(s.Start, s.End, s.Id, s.Evidence)).ToList()
            : null)));

    /// <summary>
    /// Evidence is marked on the page as it is read without a search; a search marks its matches instead.
    /// </summary>
    public bool ShowsEvidence => string.IsNullOrWhiteSpace(Q);

    // The segment's text encoded, its matches in <mark>.
    private static string Marked(Segment segment)
    {
        if (segment.Marks is not { Count: > 0 } marks) return Html.Encode(segment.Text);
        var html = new StringBuilder();
        var at = 0;
        foreach (var mark in marks)
        {
            html.Append(Html.Encode(segment.Text[at..mark.Start]));
            html.Append("<mark");
            if (mark.Id is not null) html.Append(CultureInfo.InvariantCulture, $" id=\"{mark.Id}\"");
            if (mark.Evidence is { } evidence)
                html.Append(CultureInfo.InvariantCulture,
                    $" class=\"evidence\" title=\"{Html.Encode(evidence.Rule)}\"");
            html.Append('>');
            html.Append(Html.Encode(segment.Text[mark.Start..mark.End])).Append("</mark>");
            at = mark.End;
        }
        return html.Append(Html.Encode(segment.Text[at..])).ToString();
    }

    /// <summary>A metadata value, linked to the mark of the text it was read from when there is one.</summary>
    public HtmlString Linked(string text, string field, string? value = null)
    {
        var evidence = EvidenceFor(field, value);
        return EvidenceHref(field, value) is { } href
            ? new($"<a class=\"evidence-link\" href=\"{Html.Encode(href)}\" " +
                  $"title=\"{Html.Encode(evidence!.Rule)}\">{Html.Encode(text)}</a>")
            : new(Html.Encode(text));
    }

    /// <summary>
    /// The id of the mark that shows <paramref name="evidence"/> ("ev-3"), or of the mark it lies within.
    /// </summary>
    public string? EvidenceId(Evidence? evidence) =>
        evidence is not null && shown.TryGetValue(evidence, out var id) ? id : null;

    /// <summary>Where a field's value was read: the first evidence for it (and for that value, when given).</summary>
    public Evidence? EvidenceFor(string field, string? value = null) =>
        Document.Evidence.FirstOrDefault(e => e.Field == field && (value is null || e.Value == value));

    /// <summary>A link to the mark of a field's evidence, on this page as it is shown without a search.</summary>
    public string? EvidenceHref(string field, string? value = null) => Href(EvidenceFor(field, value));

    /// <summary>
    /// A link to the mark of <paramref name="evidence"/>: on the page as it is shown without a search, on the
    /// part it is in.
    /// </summary>
    public string? Href(Evidence? evidence)
    {
        if (EvidenceId(evidence) is not { } id) return null;
        // Lines outside the body (title, dateline, captions, credits) are on every part.
        var part = markParts.GetValueOrDefault(id, PartNumber);
        if (ShowsEvidence && part == PartNumber) return $"#{id}";
        return Anchor(part, id);
    }

    // The part each mark of body evidence is on.
    private readonly Dictionary<string, int> markParts = [];

    // Where each paragraph starts in the body text.
    private int[] paragraphOffsets = [];

    /// <summary>
    /// The provenance rows of this part: values read from its text and from the lines outside the body, at most
    /// <see cref="MaxListed"/>.
    /// </summary>
    public IReadOnlyList<Evidence> Provenance { get; private set; } = [];

    /// <summary>How many values of this part <see cref="Provenance"/> leaves out.</summary>
    public int ProvenanceLeftOut { get; private set; }

    // Each evidence's mark id; evidence inside another's span shares that mark.
    private readonly Dictionary<Evidence, string> shown = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<(string Part, int Index), List<Span>> lineSpans = [];

    // The document's evidence by the text it is in, numbered as listed: every part looks up its own.
    private ILookup<(string Part, int Index), (Evidence Evidence, int Number)>? evidenceByPart;

    // The body's evidence as offsets into the body text, as WithMarks takes them.
    private List<Span> BodyEvidenceSpans(ArchiveDocument document)
    {
        var offset = 0;
        var spans = new List<Span>();
        paragraphOffsets = new int[document.Paragraphs.Count];
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            paragraphOffsets[i] = offset;
            spans.AddRange(EvidenceSpans(EvidencePart.Paragraph, i, document.Paragraphs[i].Length)
                .Select(s => s with { Start = s.Start + offset, End = s.End + offset }));
            offset += document.Paragraphs[i].Length + IndexSchema.ParagraphSeparator.Length;
        }
        foreach (var span in spans) markParts[span.Id] = BodyParts.PartOf(parts, span.Start);
        return spans;
    }

    /// <summary>
    /// The evidence in one part of the text, as spans that do not overlap: the first of two overlapping
    /// spans is marked, the other links to it.
    /// </summary>
    private List<Span> EvidenceSpans(string part, int index, int length)
    {
        var spans = new List<Span>();
        evidenceByPart ??= Document.Evidence
            .Select((evidence, number) => (Evidence: evidence, Number: number))
            .ToLookup(e => (e.Evidence.Part, e.Evidence.Index));
        var inPart = evidenceByPart[(part, index)]
            // The title's own evidence is the whole heading; marking it would say nothing.
            .Where(e => e.Evidence.Field != "title" && e.Evidence.Start >= 0 && e.Evidence.Length > 0
                        && e.Evidence.Start + e.Evidence.Length <= length)
            .OrderBy(e => e.Evidence.Start).ThenByDescending(e => e.Evidence.Length);
        foreach (var (evidence, number) in inPart)
        {
            var (start, end) = (evidence.Start, evidence.Start + evidence.Length);
            var covering = spans.FirstOrDefault(s => s.Start < end && start < s.End);
            if (covering is not null)
            {
                shown[evidence] = covering.Id;
                continue;
            }
            var span = new Span(start, end, $"ev-{number + 1}", evidence);
            spans.Add(span);
            shown[evidence] = span.Id;
        }
        return spans;
    }

    public string? OrganisationSlug { get; private set; }
    public string CanonicalUrl => site.DocumentUrl(Request, Document.Id);
    public DateOnly Accessed => VietnameseDates.Today(clock);

    public IActionResult OnGet()
    {
        var document = archive.Index.Find(Id);
        if (document is null) return NotFound();
        Document = document;
        var cite = Request.Query["cite"].ToString();
        if (cite.Length > 0)
        {
            // A paragraph the document does not have is the reader's mistake: the site's 400 page says so.
            if (!QueryNumber.TryRead(cite, 0, 1, Math.Max(1, document.Paragraphs.Count), out var cited)
                || document.Paragraphs.Count == 0)
                return BadRequest();
            CitedParagraph = cited;
        }
        Related = archive.Index.Related(document);
        (Previous, Next) = archive.Index.Catalog.Neighbours(document.Id);
        var summary = archive.Index.Catalog.Find(document.Id);
        OrganisationSlug = summary?.QualifiedOrganisation is { } organisation ? Slugs.Of(organisation) : null;
        var mentions = document.Directives
            .Select(d => (d.Mention, Slug: DirectiveSlug(d)))
            .Where(m => m.Slug is not null && m.Mention.Length > 0)
            .Distinct()
            .ToList();
        parts = BodyParts.Split(document.Paragraphs);
        var asked = Request.Query["part"].ToString();
        if (!QueryNumber.TryRead(asked.Length == 0 ? null : asked, 0, 1, parts.Count, out var part)) return NotFound();
        PartNumber = Math.Max(part, 1);
        var bodySpans = BodyEvidenceSpans(document);
        lineSpans[(EvidencePart.Title, 0)] = EvidenceSpans(EvidencePart.Title, 0, document.Title.Length);
        if (document.Dateline is { } dateline)
            lineSpans[(EvidencePart.Dateline, 0)] = EvidenceSpans(EvidencePart.Dateline, 0, dateline.Length);
        for (var i = 0; i < document.Captions.Count; i++)
            lineSpans[(EvidencePart.Caption, i)] = EvidenceSpans(EvidencePart.Caption, i, document.Captions[i].Length);
        for (var i = 0; i < document.Credits.Count; i++)
            lineSpans[(EvidencePart.Credit, i)] = EvidenceSpans(EvidencePart.Credit, i, document.Credits[i].Length);
        IReadOnlyList<Span> spans = bodySpans;
        if (!ShowsEvidence)
        {
            try
            {
                Marks = MarksOn(document, PartNumber);
                // Without a part asked for, the page opens at the part of the first match (a search links to
                // #m1).
                if (part == 0
                    && Marks.First is { } first
                    && BodyParts.PartOf(parts, first) is var firstPart
                    && firstPart != PartNumber)
                    Marks = MarksOn(document, PartNumber = firstPart);
                spans = Marks.Spans
                    .Select((s, i) => new Span(s.Start, s.End, $"m{Marks.Before + i + 1}"))
                    .ToList();
            }
            catch (SearchQueryException)
            {
                // A query the search refused marks nothing; the document is still worth showing.
                spans = [];
            }
        }
        var provenance = document.Evidence
            .Where(e => e.Part != EvidencePart.Paragraph
                || (e.Index >= 0
                    && e.Index < paragraphOffsets.Length
                    && BodyParts.PartOf(parts, paragraphOffsets[e.Index] + Math.Max(0, e.Start)) == PartNumber))
            .ToList();
        Provenance = provenance.Take(MaxListed).ToList();
        ProvenanceLeftOut = provenance.Count - Provenance.Count;
        var shownSlices = parts[PartNumber - 1];
        ParagraphNumbers = shownSlices
            .Select(slice => slice.Start == 0 ? slice.Paragraph + 1 : (int?)null)
            .ToList();
        Body = WithMarks(
            shownSlices
                .Select(slice => Link(document.Paragraphs[slice.Paragraph][slice.Start..slice.End], mentions))
                .ToList(),
            shownSlices.Select(slice => slice.Offset).ToList(),
            spans);
        return Page();
    }

    // The search's matches on one part of the body (a body without paragraphs is one empty part).
    private TextMarks MarksOn(ArchiveDocument document, int part) =>
        archive.Index.Marks(
            document,
            Q!,
            Exact,
            MaxMarks,
            parts[part - 1].Count > 0 ? parts[part - 1][0].Offset : 0,
            part < parts.Count ? parts[part][0].Offset : int.MaxValue);

    public string? DirectiveSlug(DirectiveReference directive) =>
        directive.Code is null ? null : archive.Index.Directives.CanonicalSlug(directive.Code);

    public string DirectiveSlug(string code) => archive.Index.Directives.CanonicalSlug(code) ?? Slugs.Of(code);

    /// <summary>The person's page; where the name stands for namesakes, at the one this document names.</summary>
    public string PersonPage(Person person)
    {
        var slug = Slugs.Of(person.Name);
        if (archive.Index.Catalog.FindPerson(slug) is not { } name) return "/people/" + slug;
        var people = archive.Index.Catalog.PeopleNamed(name);
        var here = people.Count == 1 ? null
            : people.FirstOrDefault(p => p.Mentions.Any(m => m.Document.Id == Document.Id));
        return here is null ? "/people/" + slug : $"/people/{slug}#{here.Key}";
    }

    /// <summary>An APA-like reference: author (date). Title. Source. Archive URL, accessed on.</summary>
    public string Citation
    {
        get
        {
            var author = Document.Author ?? Document.Source ?? text["Không rõ tác giả"];
            var date = Document.PublishedDate ?? Document.EventDate;
            var when = date is { } d ? VietnameseDates.Short(d) : text["không ghi ngày"];
            var source = Document.Source is not null && Document.Author is not null ? $" {Document.Source}." : "";
            var (paragraph, anchor) = CitedParagraph is { } n ? ($", {text["đoạn {0}", n]}", $"#p{n}") : ("", "");
            return $"{author} ({when}). {Document.Title}{paragraph}.{source} {text["Lưu trữ Nội chính"]}. " +
                   $"{CanonicalUrl}{anchor} ({text["truy cập ngày {0}", VietnameseDates.Short(Accessed)]}).";
        }
    }

    /// <summary>
    /// The spans, given as offsets into the body text (paragraphs joined by a blank line, as indexed),
    /// placed in the segments they fall in; each paragraph shown (or piece of one) begins at its offset in
    /// <paramref name="starts"/>. A span across a link's edge or a paragraph's is marked in each piece;
    /// only its first piece carries the id.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<Segment>> WithMarks(
        IReadOnlyList<IReadOnlyList<Segment>> body,
        IReadOnlyList<int> starts,
        IReadOnlyList<Span> spans)
    {
        var marked = new List<IReadOnlyList<Segment>>(body.Count);
        var next = 0;
        for (var p = 0; p < body.Count; p++)
        {
            var offset = starts[p];
            var segments = new List<Segment>(body[p].Count);
            foreach (var segment in body[p])
            {
                var (start, end) = (offset, offset + segment.Text.Length);
                while (next < spans.Count && spans[next].End <= start) next++;
                var marks = new List<Mark>();
                for (var i = next; i < spans.Count && spans[i].Start < end; i++)
                {
                    var from = Math.Max(spans[i].Start, start);
                    marks.Add(new Mark(
                        from - start,
                        Math.Min(spans[i].End, end) - start,
                        from == spans[i].Start ? spans[i].Id : null,
                        spans[i].Evidence));
                }
                segments.Add(marks.Count == 0 ? segment : segment with { Marks = marks });
                offset = end;
            }
            marked.Add(segments);
        }
        return marked;
    }

    // Directive mentions in the text become links to the directive's page. Where each mention next
    // stands is looked for again only once the text has passed it: one scan of the text per mention.
    private static IReadOnlyList<Segment> Link(string paragraph, List<(string Mention, string? Slug)> mentions)
    {
        var segments = new List<Segment>();
        var nextAt = mentions.Select(m => paragraph.IndexOf(m.Mention, StringComparison.Ordinal)).ToArray();
        var at = 0;
        while (at < paragraph.Length)
        {
            var best = -1;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (nextAt[i] >= 0 && nextAt[i] < at)
                    nextAt[i] = paragraph.IndexOf(mentions[i].Mention, at, StringComparison.Ordinal);
                if (nextAt[i] >= 0
                    && (best < 0
                        || nextAt[i] < nextAt[best]
                        || (nextAt[i] == nextAt[best]
                            && mentions[i].Mention.Length > mentions[best].Mention.Length)))
                    best = i;
            }
            if (best < 0)
            {
                segments.Add(new Segment(paragraph[at..], null));
                break;
            }
            var (index, mention) = (nextAt[best], mentions[best]);
            if (index > at) segments.Add(new Segment(paragraph[at..index], null));
            segments.Add(new Segment(mention.Mention, mention.Slug));
            at = index + mention.Mention.Length;
        }
        return segments;
    }
}
