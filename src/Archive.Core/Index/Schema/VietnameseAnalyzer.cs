using Archive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index.Schema;

/// <summary>
/// Standard tokenisation and lower case, then every term in its canonical Vietnamese spelling
/// (<see cref="VietnameseText.Canonicalize"/>) or, for the folded view, without diacritics. With
/// <paramref name="syllables"/> above one, the terms are runs of that many adjacent syllables, folded or
/// as written: pairs ("tham nhung", "tham nhũng"), since most Vietnamese words are two syllables and a
/// two-syllable word becomes one term lookup.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded, int syllables = 1) : Analyzer
{
    /// <summary>Longer words are dropped by the tokenizer, leaving a gap in positions: they are in no index.</summary>
    public const int MaxWordLength = 255;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.Version, reader) { MaxTokenLength = MaxWordLength };
        TokenStream stream = new LowerCaseFilter(IndexSchema.Version, tokenizer);
        stream = new VietnameseTermFilter(stream, folded);
        if (syllables > 1) stream = new SyllableRunFilter(stream, syllables);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private sealed class VietnameseTermFilter : TokenFilter
    {
        private readonly ICharTermAttribute term;
        private readonly bool folded;

        public VietnameseTermFilter(TokenStream input, bool folded) : base(input)
        {
            term = AddAttribute<ICharTermAttribute>();
            this.folded = folded;
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (folded && VietnameseText.TryFoldInPlace(term.Buffer.AsSpan(0, term.Length))) return true;
            var text = term.ToString();
            if (!VietnameseText.HasDiacritics(text)) return true;
            // Terms arrive lower-cased, and Canonicalize keeps case.
            var normalized = folded ? VietnameseText.Fold(text) : VietnameseText.Canonicalize(text);
            if (normalized != text) term.SetEmpty().Append(normalized);
            return true;
        }
    }
}
