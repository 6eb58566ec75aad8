using Archive.Index.Schema;


namespace Archive.Web.Pages.Documents;

/// <summary>A stretch of one paragraph: its index, start and end in it, and where it starts in the body text.</summary>
public sealed record BodySlice(int Paragraph, int Start, int End, int Offset);

/// <summary>
/// A long body shown in parts of at most <see cref="MaxChars"/> characters, so that a page of a document
/// of the 4 MB source limit stays a page. Parts are cut between paragraphs, and inside a paragraph longer
/// than a part after a space. Offsets are into the body text as indexed
/// (<see cref="IndexSchema.BodyText(Model.ArchiveDocument)"/>), the coordinates evidence and search marks are
/// given in.
/// </summary>
public static class BodyParts
{
    /// <summary>Every real article (the longest of 15,432 is 35 KB) is one part.</summary>
    public const int MaxChars = 50_000;

    public static IReadOnlyList<IReadOnlyList<BodySlice>> Split(
        IReadOnlyList<string> paragraphs,
        int maxChars = MaxChars)
    {
        var parts = new List<IReadOnlyList<BodySlice>>();
        var part = new List<BodySlice>();
        var size = 0;
        var offset = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var at = 0;
            while (true)
            {
                var left = text.Length - at;
                if (part.Count > 0 && size + left > maxChars)
                {
                    parts.Add(part);
                    (part, size) = ([], 0);
                }
                if (left <= maxChars)
                {
                    part.Add(new BodySlice(p, at, text.Length, offset + at));
                    size += left;
                    break;
                }
                var end = Cut(text, at, maxChars);
                part.Add(new BodySlice(p, at, end, offset + at));
                parts.Add(part);
                (part, size, at) = ([], 0, end);
            }
            offset += text.Length + IndexSchema.ParagraphSeparator.Length;
        }
        if (part.Count > 0 || parts.Count == 0) parts.Add(part);
        return parts;
    }

    /// <summary>The number (from 1) of the part a body offset falls in.</summary>
    public static int PartOf(IReadOnlyList<IReadOnlyList<BodySlice>> parts, int offset)
    {
        var number = 1;
        for (var i = 1; i < parts.Count && parts[i][0].Offset <= offset; i++) number = i + 1;
        return number;
    }

    // After the last space in the second half of the room, else at the limit (never inside a surrogate pair).
    private static int Cut(string text, int at, int maxChars)
    {
        var limit = at + maxChars;
        var space = text.LastIndexOf(' ', limit - 1, maxChars / 2);
        if (space > at) return space + 1;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
