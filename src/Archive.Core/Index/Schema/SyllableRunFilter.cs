using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index.Schema;

/// <summary>
/// Runs of a fixed number of adjacent terms joined by a space ("an ninh", "an ninh trat tu"), each at the
/// position of its first term; the single terms are dropped. Lucene's ShingleFilter does this and more
/// (runs of several lengths at once, fillers for gaps) and was two thirds of the cost of analysing a body
/// into pairs. No run spans a gap in positions (a token too long to keep), so none joins terms that were
/// not adjacent.
/// </summary>
internal sealed class SyllableRunFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    // The last terms read, in a ring: their text, length, start offset and position.
    private readonly char[][] texts;
    private readonly int[] lengths, starts, positions;
    private int read, position, emitted;

    public SyllableRunFilter(TokenStream input, int length) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        texts = new char[length][];
        for (var i = 0; i < length; i++) texts[i] = new char[16];
        (lengths, starts, positions) = (new int[length], new int[length], new int[length]);
    }

    public override bool IncrementToken()
    {
        var length = texts.Length;
        while (m_input.IncrementToken())
        {
            var gap = increment.PositionIncrement != 1;
            position += increment.PositionIncrement;
            if (gap) read = 0;
            var slot = read++ % length;
            if (texts[slot].Length < term.Length) texts[slot] = new char[term.Length * 2];
            Array.Copy(term.Buffer, texts[slot], term.Length);
            (lengths[slot], starts[slot], positions[slot]) = (term.Length, offset.StartOffset, position);
            if (read < length) continue;

            var first = read % length;
            var size = length - 1;
            for (var i = 0; i < length; i++) size += lengths[i];
            var buffer = term.ResizeBuffer(size);
            var at = 0;
            for (var i = 0; i < length; i++)
            {
                var s = (first + i) % length;
                if (i > 0) buffer[at++] = ' ';
                Array.Copy(texts[s], 0, buffer, at, lengths[s]);
                at += lengths[s];
            }
            term.Length = size;
            offset.SetOffset(starts[first], offset.EndOffset);
            increment.PositionIncrement = positions[first] - emitted;
            emitted = positions[first];
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        (read, position, emitted) = (0, 0, 0);
    }
}
