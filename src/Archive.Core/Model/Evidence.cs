namespace Archive.Model;

/// <summary>
/// Where an extracted value was read: the part of the document, the character span in that part's text,
/// and the rule that read it ("published: dateline RFC 2822"). Spans count UTF-16 characters of the
/// text as the archive shows it (NFC, whitespace collapsed).
/// </summary>
/// <param name="Field">The JSON name of the field ("published", "eventDate", "people", "directives"...).</param>
/// <param name="Value">The value it supports: a date, a name, a code.</param>
/// <param name="Part">Which text: <see cref="EvidencePart"/>.</param>
/// <param name="Index">Which paragraph, caption or credit line; 0 for the title and dateline.</param>
/// <param name="Quote">The span's text, so the evidence reads on its own.</param>
public sealed record Evidence(
    string Field,
    string Value,
    string Rule,
    string Part,
    int Index,
    int Start,
    int Length,
    string Quote)
{
    public static Evidence In(
        string part,
        int index,
        string text,
        int start,
        int length,
        string field,
        string value,
        string rule) =>
        new(field, value, rule, part, index, start, length, text.Substring(start, length));
}

/// <summary>The parts of a document an <see cref="Evidence"/> span can be in.</summary>
public static class EvidencePart
{
    public const string Title = "title";
    public const string Dateline = "dateline";
    public const string Paragraph = "paragraph";
    public const string Caption = "caption";
    /// <summary>A byline or source line at the end, kept in <see cref="ArchiveDocument.Credits"/>.</summary>
    public const string Credit = "credit";
}

/// <summary>A field the importer left empty, and why: "eventDate", "no year", "3.9".</summary>
public sealed record Gap(string Field, string Reason, string? AsWritten = null);
