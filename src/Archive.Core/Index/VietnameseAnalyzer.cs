using Archive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index;

/// <summary>
/// Standard tokenisation and lower case, then every term in its canonical Vietnamese spelling
/// (<see cref="VietnameseText.Canonicalize"/>) or, for the folded view, without diacritics. With
/// <paramref name="pairs"/>, the terms are adjacent folded syllable pairs ("tham nhung"): most
/// Vietnamese words are two syllables, so a two-syllable word becomes one term lookup.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded, bool pairs = false) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.Version, reader);
        TokenStream stream = new LowerCaseFilter(IndexSchema.Version, tokenizer);
        stream = new VietnameseTermFilter(stream, folded || pairs);
        if (pairs)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            stream = shingles;
        }
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
            var text = term.ToString();
            if (!VietnameseText.HasDiacritics(text)) return true;
            // Terms arrive lower-cased, and Canonicalize keeps case.
            var normalized = folded ? VietnameseText.Fold(text) : VietnameseText.Canonicalize(text);
            if (normalized != text) term.SetEmpty().Append(normalized);
            return true;
        }
    }
}
