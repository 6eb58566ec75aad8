using Archive.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Tests.Index.Schema;

/// <summary>
/// The runs of syllables must be exactly the shingles Lucene's ShingleFilter makes, which they replace.
/// </summary>
public sealed class SyllableRunFilterTests
{
    private static readonly string[] Syllables =
    [
        "an", "ninh", "trật", "tự", "tham", "nhũng", "Ban", "Nội", "chính", "32-KL/TW", "2024", "Tỉnh", "ủy", "hoà",
        "khoá",
    ];
    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\n\n", " (", ") ", " - "];

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void MakesTheSameTermsAtTheSamePositionsAndOffsetsAsShingles(int length)
    {
        var random = new Random(length);
        for (var sample = 0; sample < 300; sample++)
        {
            var words = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Syllables[random.Next(Syllables.Length)]);
            var text = string.Concat(words.Select(w => w + Separators[random.Next(Separators.Length)]));

            Assert.Equal(Tokens(text, s => Shingles(s, length)), Tokens(text, s => new SyllableRunFilter(s, length)));
        }
    }

    [Fact]
    public void RunsDoNotSpanATermTooLongToKeep()
    {
        // StandardTokenizer skips a token over its maximum length and leaves a gap in positions.
        var text = "an ninh " + new string('x', VietnameseAnalyzer.MaxWordLength + 1) + " trật tự xã hội";

        var runs = Tokens(text, s => new SyllableRunFilter(s, 2));

        Assert.Equal(
            [("an ninh", 0), ("trật tự", 3), ("tự xã", 4), ("xã hội", 5)],
            runs.Select(r => (r.Term, r.Position)));
    }

    [Fact]
    public void PairsOfTheBodyAsWrittenKeepDiacriticsInCanonicalTonePlacement()
    {
        var analyzer = IndexSchema.CreateAnalyzer();

        var pairs = Terms(analyzer, IndexSchema.BodyExactPairs, "Tổ Hoà giải, hòa GIẢI");
        var folded = Terms(analyzer, IndexSchema.BodyPairs, "Tổ Hoà giải, hòa GIẢI");

        Assert.Equal(["tổ hòa", "hòa giải", "giải hòa", "hòa giải"], pairs);
        Assert.Equal(["to hoa", "hoa giai", "giai hoa", "hoa giai"], folded);
    }

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static TokenStream Shingles(TokenStream input, int length)
    {
        var shingles = new ShingleFilter(input, length, length);
        shingles.SetOutputUnigrams(false);
        return shingles;
    }

    private static List<(string Term, int Position, int Start, int End)> Tokens(
        string text,
        Func<TokenStream, TokenStream> runs)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.Version, new StringReader(text))
        {
            MaxTokenLength = VietnameseAnalyzer.MaxWordLength,
        };
        using var stream = runs(new LowerCaseFilter(IndexSchema.Version, tokenizer));
        var (term, offset, increment) = (
            stream.AddAttribute<ICharTermAttribute>(),
            stream.AddAttribute<IOffsetAttribute>(),
            stream.AddAttribute<IPositionIncrementAttribute>());
        var tokens = new List<(string, int, int, int)>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
