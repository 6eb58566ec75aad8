using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Archive.Index.Schema;
using Archive.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// What the search page offers beside the results: the query in its dominant written form, and the nearest forms when
/// nothing was found.
/// </summary>
public sealed record SpellingOffer(string? DidYouMean, IReadOnlyList<string> Nearest)
{
    public static readonly SpellingOffer None = new(null, []);
}

/// <summary>
/// Help with Vietnamese spelling, from the index's own vocabulary and nothing else. A query typed
/// without diacritics ("tham nhung") is offered in the written form most documents use ("tham nhũng");
/// a query that finds nothing is offered the nearest words the archive has ("tham nhũnh" → "tham nhũng").
/// Only plain queries (words, maybe in quotes) are helped: operators, fields and prefixes say the user
/// knows what they asked for.
/// </summary>
public sealed partial class SpellingSuggestions
{
    /// <summary>
    /// One written form is dominant when it accounts for at least 60 % of the documents that have the
    /// words together, folded (for one word: that have the word): clearly most of them, so two forms
    /// about as common as each other ("hòa giải", "hóa giải") offer neither.
    /// </summary>
    public const double DominantShare = 0.6;
    private const int MaxWords = 6;
    // Bounded work: the commonest forms of each syllable, and a few phrase counts a query.
    private const int FormsPerSyllable = 4;
    private const int MaxPhraseCounts = 16;
    private const int MaxNearest = 3;
    private const int NearTermsPerWord = 5;

    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}\s""]+$")]
    private static partial Regex PlainQuery();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    // Offers already made for this generation: an offer costs up to a few tens of milliseconds of phrase
    // counts ("tham nhung" reads the positions of "những"), and the same queries come back. Bounded.
    private const int MaxRemembered = 4096;

    private readonly Lock gate = new();
    private Dictionary<string, (string Form, int Documents)[]>? vocabulary;
    private readonly ConcurrentDictionary<(string, bool), SpellingOffer> offers = new();

    /// <summary>The offer for a query; <paramref name="nothingFound"/> when it matched no document.</summary>
    public SpellingOffer Offer(IndexSearcher searcher, string query, bool nothingFound)
    {
        if (offers.TryGetValue((query, nothingFound), out var known)) return known;
        var offer = Make(searcher, query, nothingFound);
        if (offers.Count >= MaxRemembered) offers.Clear();
        offers[(query, nothingFound)] = offer;
        return offer;
    }

    private SpellingOffer Make(IndexSearcher searcher, string query, bool nothingFound)
    {
        if (!PlainQuery().IsMatch(query)) return SpellingOffer.None;
        var words = Word().Matches(query).ToList();
        if (words.Count is 0 or > MaxWords || words.Any(w => w.Value == "OR")) return SpellingOffer.None;

        var didYouMean = VietnameseText.HasDiacritics(query) ? null : Dominant(searcher, words, query);
        var nearest = nothingFound ? Nearest(searcher, words, query) : [];
        return didYouMean is null && nearest.Count == 0 ? SpellingOffer.None : new SpellingOffer(didYouMean, nearest);
    }

    /// <summary>
    /// The phrase's dominant written form, as a query; null when none dominates or it is the form typed.
    /// </summary>
    private string? Dominant(IndexSearcher searcher, List<Match> words, string query)
    {
        var folded = words.Select(w => w.Value.ToLowerInvariant()).ToArray();
        var reader = searcher.IndexReader;
        // A word, or a two-word phrase (one term of the pairs), is counted from the dictionary alone.
        var together = folded.Length switch
        {
            1 => new TermQuery(new Term(IndexSchema.BodyFolded, folded[0])),
            2 => new TermQuery(new Term(IndexSchema.BodyPairs, $"{folded[0]} {folded[1]}")),
            _ => (Query)Phrase(IndexSchema.BodyPairs, folded.Zip(folded.Skip(1), (a, b) => $"{a} {b}").ToArray()),
        };
        var documentsTogether = together is TermQuery term ? reader.DocFreq(term.Term) : Count(searcher, together);
        if (documentsTogether == 0) return null;

        // A form in fewer documents than the share cannot be part of the dominant phrase: the phrase is in fewer still.
        var least = (int)Math.Ceiling(DominantShare * documentsTogether);
        var forms = folded.Select(word => Forms(reader, word).Where(f => f.Documents >= least).ToArray()).ToArray();
        if (forms.Any(f => f.Length == 0)) return null;
        string? Offered(string[] written) => written.SequenceEqual(folded) ? null : Replace(query, words, written);
        if (forms.Length == 1) return Offered([forms[0][0].Form]);

        // The phrase grows a syllable at a time from the first beginning written in enough documents (a
        // phrase is in no more documents than its beginning), the commonest forms first: the form most
        // documents write is mostly made of common ones. A wrong beginning only loses the offer, since the
        // whole phrase must pass too. The plain form itself dominating is no offer: the user typed what most
        // documents write.
        var beginnings = forms[0].Select(f => (Words: new[] { f.Form }, Bound: f.Documents)).ToList();
        var counts = 0;
        for (var i = 1; i < forms.Length; i++)
        {
            var grown = beginnings
                .SelectMany(b => forms[i].Select(f => (
                    Words: (string[])[.. b.Words, f.Form],
                    Bound: Math.Min(b.Bound, f.Documents))))
                .OrderByDescending(b => b.Bound);
            var found = false;
            foreach (var (phrase, _) in grown)
            {
                if (++counts > MaxPhraseCounts) return null;
                // Counted among the documents with the whole phrase folded: a beginning common elsewhere
                // ("bạn nói" for "ban noi chinh") does not pass.
                var documents = Count(
                    searcher,
                    new BooleanQuery { { WrittenTogether(phrase), Occur.MUST }, { together, Occur.MUST } });
                if (documents < least) continue;
                if (i == forms.Length - 1) return Offered(phrase);
                beginnings = [(phrase, documents)];
                found = true;
                break;
            }
            if (!found) return null;
        }
        return null;
    }

    /// <summary>
    /// A folded syllable's commonest written forms in the body, with their document counts; itself when it has no
    /// other.
    /// </summary>
    private (string Form, int Documents)[] Forms(IndexReader reader, string folded) =>
        Vocabulary(reader).TryGetValue(folded, out var forms)
            ? forms
            : [(folded, reader.DocFreq(new Term(IndexSchema.Body, folded)))];

    /// <summary>
    /// For each word missing from the index, its nearest words in it: one edit away, else two, the most
    /// frequent first; a word typed with diacritics is looked for with them, one typed without among the
    /// folded words. The first missing word's alternatives make the offers (the other missing words take
    /// their best); with several words, the offers whose words stand together in the most documents come
    /// first. An offer without diacritics is given in its dominant written form when it has one.
    /// </summary>
    private List<string> Nearest(IndexSearcher searcher, List<Match> words, string query)
    {
        var reader = searcher.IndexReader;
        var written = VietnameseText.HasDiacritics(query);
        var field = written ? IndexSchema.Body : IndexSchema.BodyFolded;
        var typed = words
            .Select(w => written ? VietnameseText.Canonicalize(w.Value).ToLowerInvariant() : w.Value.ToLowerInvariant())
            .ToArray();
        var alternatives = new Dictionary<int, List<string>>();
        for (var i = 0; i < typed.Length; i++)
        {
            if (reader.DocFreq(new Term(field, typed[i])) > 0) continue;
            var near = NearestTerms(reader, field, typed[i]);
            if (near.Count == 0) return [];
            alternatives[i] = near;
        }
        if (alternatives.Count == 0) return [];

        var first = alternatives.Keys.Min();
        var offers = alternatives[first]
            .Select(choice => typed
                .Select((w, i) => i == first ? choice : alternatives.TryGetValue(i, out var near) ? near[0] : w)
                .ToArray())
            .ToList();
        if (typed.Length > 1)
            offers = offers.OrderByDescending(offer => Count(searcher, Phrase(field, offer))).ToList();
        return offers.Take(MaxNearest)
            .Select(offer => Replace(query, words, offer))
            .Select(offer => written ? offer : Dominant(searcher, Word().Matches(offer).ToList(), offer) ?? offer)
            .Distinct().ToList();
    }

    private static List<string> NearestTerms(IndexReader reader, string field, string word)
    {
        if (word.Length < 3 || MultiFields.GetTerms(reader, field) is not { } terms) return [];
        foreach (var edits in new[] { 1, 2 })
        {
            if (edits == 2 && word.Length < 5) break; // two edits in a short syllable reach too many other words
            var found = new List<(string Term, int Documents)>();
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), edits, 0, true);
            while (fuzzy.MoveNext())
                found.Add((fuzzy.Term.Utf8ToString(), fuzzy.DocFreq));
            if (found.Count > 0)
                return found.OrderByDescending(f => f.Documents).ThenBy(f => f.Term, StringComparer.Ordinal)
                    .Take(NearTermsPerWord).Select(f => f.Term).ToList();
        }
        return [];
    }

    /// <summary>
    /// Written words one after another in the body, read from its pairs as written: no positions for two words, half
    /// for more.
    /// </summary>
    private static Query WrittenTogether(string[] words)
    {
        var pairs = words.Zip(words.Skip(1), (a, b) => $"{a} {b}").ToArray();
        return pairs.Length == 1
            ? new TermQuery(new Term(IndexSchema.BodyExactPairs, pairs[0]))
            : Phrase(IndexSchema.BodyExactPairs, pairs);
    }

    /// <summary>The terms one after another in the field.</summary>
    private static PhraseQuery Phrase(string field, string[] terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms) phrase.Add(new Term(field, term));
        return phrase;
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    /// <summary>The query with its words replaced, everything else (quotes, spaces) as typed.</summary>
    private static string Replace(string query, List<Match> words, IReadOnlyList<string> replacements)
    {
        var text = query;
        for (var i = words.Count - 1; i >= 0; i--)
            text = string.Concat(
                text.AsSpan(0, words[i].Index),
                replacements[i],
                text.AsSpan(words[i].Index + words[i].Length));
        return text.Trim();
    }

    /// <summary>
    /// Each folded syllable of the body with its commonest written forms, read from the terms of the
    /// body once per index generation, when first needed (only syllables some document writes with
    /// diacritics; the others are written as they fold).
    /// </summary>
    private Dictionary<string, (string Form, int Documents)[]> Vocabulary(IndexReader reader)
    {
        lock (gate) return vocabulary ??= ReadVocabulary(reader);
    }

    private static Dictionary<string, (string Form, int Documents)[]> ReadVocabulary(IndexReader reader)
    {
        var written = new Dictionary<string, List<(string Form, int Documents)>>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, IndexSchema.Body) is { } terms)
        {
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                var form = each.Term.Utf8ToString();
                if (!VietnameseText.HasDiacritics(form)) continue;
                var folded = VietnameseText.Fold(form);
                if (!written.TryGetValue(folded, out var forms)) written[folded] = forms = [];
                forms.Add((form, each.DocFreq));
            }
        }
        return written.ToDictionary(pair => pair.Key, pair =>
        {
            var plain = reader.DocFreq(new Term(IndexSchema.Body, pair.Key));
            if (plain > 0) pair.Value.Add((pair.Key, plain));
            return pair.Value.OrderByDescending(f => f.Documents).Take(FormsPerSyllable).ToArray();
        }, StringComparer.Ordinal);
    }
}
