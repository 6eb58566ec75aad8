using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Index.Schema;
using Archive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Turns what a user types into a Lucene query. Words must all match (AND); "quoted phrases";
/// -exclude; a OR b; prefix nội*; fields title:, org:, author:, directive:, person:. Every word matches
/// both the text as written (diacritics, canonical tone placement) and the folded text, the first
/// scoring higher; words that stand together in a document rank it higher; directive references
/// ("32-KL/TW", "Kết luận 32") match the documents that cite them.
/// </summary>
public sealed partial class QueryBuilder(Analyzer analyzer)
{
    public const int MaxClauses = 32;
    private const int MinPrefixLength = 2;

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = IndexSchema.Title,
        ["org"] = IndexSchema.Organisation,
        ["author"] = IndexSchema.Author,
        ["person"] = IndexSchema.Person,
        ["directive"] = IndexSchema.Directive,
    };

    // A clause: optional "-", optional "field:", then a "phrase" or a word.
    [GeneratedRegex(@"(?<neg>-)?(?:(?<field>[\p{L}]+):)?(?:""(?<phrase>[^""]*)(?<closed>"")?|(?<word>[^\s""]+))")]
    private static partial Regex Clause();

    // What may stand right before a directive reference: "-", "directive:", or both.
    [GeneratedRegex(@"(?:^|(?<=\s))(?<neg>-)?(?:(?<field>[\p{L}]+):)?$")]
    private static partial Regex DirectivePrefix();

    /// <summary>The query, what to mark in snippets and the clauses that decide its ranking tiers.</summary>
    public ParsedQuery Build(string text, bool exact)
    {
        if (text.Length > SearchRequest.MaxQueryLength)
            throw new SearchQueryException(
                $"Câu tìm kiếm dài {text.Length} ký tự; tối đa {SearchRequest.MaxQueryLength}.");
        if (VietnameseText.IndexOfUnnormalizable(text) is var bad and >= 0)
            throw new SearchQueryException(
                $"Câu tìm kiếm có ký tự không dùng được {VietnameseText.CodePointAt(text, bad)} "
                + $"ở vị trí {CharacterPosition(text, bad)}; hãy xoá ký tự đó.");
        var query = VietnameseText.Canonicalize(text).Replace('(', ' ').Replace(')', ' ');
        if (query.Count(c => c == '"') % 2 == 1)
            throw new SearchQueryException("Thiếu dấu ngoặc kép đóng (\") trong câu tìm kiếm.");

        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var top = new BooleanQuery();
        var plainWords = new List<string>();
        var typed = new List<string>();

        var parts = Parts(query);
        if (parts.Count > MaxClauses)
            throw new SearchQueryException($"Câu tìm kiếm có quá nhiều từ ({parts.Count}); tối đa {MaxClauses}.");

        // Diacritics in the body are weighed for a word searched alone ("nhũng" over "những"); with
        // several words, their pairs rank adjacency instead, and one view of the body is read, not two.
        var alone = parts.Count(p => p.Clause is { } c && !c.Groups["field"].Success && !p.IsOr) == 1;
        BooleanQuery? orGroup = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.IsOr)
            {
                if (i == 0 || i == parts.Count - 1 || orGroup is null)
                    throw new SearchQueryException(
                        "OR phải đứng giữa hai từ hoặc cụm từ, ví dụ: tham nhũng OR lãng phí.");
                continue;
            }

            var built = part.Directive is { } directive
                ? DirectiveClause(directive)
                : ClauseQuery(part.Clause!, exact, alone, highlight, plainWords, typed);
            if (built is null) continue;
            if (part.Directive is not null && !part.Negative)
                CollectDirective(
                    highlight,
                    part.Directive,
                    query.Substring(part.Directive.Start, part.Directive.Length));
            var joinsPrevious = i > 0 && parts[i - 1].IsOr && orGroup is not null;

            if (part.Negative)
            {
                top.Add(built, Occur.MUST_NOT);
                orGroup = null;
            }
            else if (joinsPrevious)
            {
                orGroup!.Add(built, Occur.SHOULD);
            }
            else
            {
                orGroup = new BooleanQuery { { built, Occur.SHOULD } };
                top.Add(orGroup, Occur.MUST);
            }
        }

        if (!top.Clauses.Any(c => c.Occur == Occur.MUST))
            top.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (plainWords.Count > 1)
            AddProximityBoost(top, plainWords, exact, highlight);
        // With OR, "the words" are alternatives: no order of them is the one to rank first.
        return parts.Any(p => p.IsOr)
            ? new ParsedQuery(top, highlight, null, null, null)
            : new ParsedQuery(
                top,
                highlight,
                Together(plainWords, exact),
                TypedTogether(plainWords, exact),
                TypedWords(typed, exact));
    }

    /// <summary>
    /// The plain words together and in order, in the title or the body: folded (or as typed, when exact),
    /// read from the runs of syllables as a quoted phrase is. Null for fewer than two words.
    /// </summary>
    private Query? Together(List<string> words, bool exact)
    {
        if (words.Count < 2) return null;
        var text = string.Join(' ', words);
        if (exact) return AsWritten(text);
        var pairs = Tokens(IndexSchema.BodyPairs, text);
        if (pairs.Count == 0) return null;
        return new BooleanQuery
        {
            { Runs(IndexSchema.TitlePairs, pairs), Occur.SHOULD },
            { Runs(IndexSchema.BodyPairs, pairs), Occur.SHOULD },
        };
    }

    /// <summary>
    /// The plain words together and in order with the diacritics as typed; null when none were typed.
    /// </summary>
    private Query? TypedTogether(List<string> words, bool exact)
    {
        var text = string.Join(' ', words);
        if (exact || words.Count < 2 || !VietnameseText.HasDiacritics(text)) return null;
        return AsWritten(text);
    }

    /// <summary>
    /// Every word and quoted phrase with the diacritics as typed, each in the title or the body; null when none were
    /// typed.
    /// </summary>
    private Query? TypedWords(List<string> parts, bool exact)
    {
        if (exact || parts.Count == 0 || !parts.Any(VietnameseText.HasDiacritics)) return null;
        var all = new BooleanQuery();
        foreach (var part in parts)
            all.Add(AsWritten(part), Occur.MUST);
        return all;
    }

    /// <summary>
    /// A word or phrase with the diacritics as typed, in the title or the body: in the body a phrase is
    /// read from the pairs as written, so the commonest words' positions are not read in every document.
    /// </summary>
    private BooleanQuery AsWritten(string text)
    {
        var tokens = Tokens(IndexSchema.Body, text);
        var body = tokens.Count == 1
            ? Match(IndexSchema.Body, tokens, 0, 1f)
            : Runs(IndexSchema.BodyExactPairs, Tokens(IndexSchema.BodyExactPairs, text));
        return new BooleanQuery { { Match(IndexSchema.Title, tokens, 0, 1f), Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    /// <summary>One clause of a query: a directive reference, or a word or phrase (maybe negated or fielded).</summary>
    private sealed record Part(int Start, Match? Clause, DirectiveMention? Directive, bool Negative)
    {
        public bool IsOr =>
            Clause is { } c && c.Groups["word"].Value == "OR" && !c.Groups["field"].Success && !Negative;
    }

    /// <summary>
    /// The clauses in the order typed. Directive references are found first: "Kết luận 32" is one thing
    /// to find, not two words and a number. A "-" or "directive:" before one applies to it; inside quotes
    /// or after another field ("title:32-KL/TW") it stays text for that clause.
    /// </summary>
    private static List<Part> Parts(string query)
    {
        var quoted = QuotedSpans(query);
        var rest = query.ToCharArray();
        var parts = new List<Part>();
        foreach (var directive in DirectiveMention.FindAll(query))
        {
            if (quoted.Any(q => directive.Start < q.End && q.Start < directive.Start + directive.Length)) continue;
            var prefix = DirectivePrefix().Match(query, 0, directive.Start);
            var field = prefix.Groups["field"];
            var directiveField = field.Success && field.Value.Equals("directive", StringComparison.OrdinalIgnoreCase);
            if (field.Success && !directiveField && Fields.ContainsKey(field.Value)) continue;
            var negative = prefix.Groups["neg"].Success && (directiveField || !field.Success);
            var start = directiveField || negative ? prefix.Index : directive.Start;
            Array.Fill(rest, ' ', start, directive.Start + directive.Length - start);
            parts.Add(new Part(start, null, directive, negative));
        }
        parts.AddRange(Clause()
            .Matches(new string(rest))
            .Select(m => new Part(m.Index, m, null, m.Groups["neg"].Success)));
        return parts.OrderBy(p => p.Start).ToList();
    }

    /// <summary>Where each "quoted phrase" stands, quotes included.</summary>
    private static List<(int Start, int End)> QuotedSpans(string query)
    {
        var quotes = query.Select((c, i) => (c, i)).Where(q => q.c == '"').Select(q => q.i).ToList();
        return quotes.Chunk(2).Where(pair => pair.Length == 2).Select(pair => (pair[0], pair[1] + 1)).ToList();
    }

    private Query? ClauseQuery(
        Match clause,
        bool exact,
        bool alone,
        HashSet<string> highlight,
        List<string> plainWords,
        List<string> typed)
    {
        var fieldName = clause.Groups["field"].Success ? clause.Groups["field"].Value : null;
        var value = clause.Groups["phrase"].Success ? clause.Groups["phrase"].Value : clause.Groups["word"].Value;
        if (fieldName is not null && !Fields.ContainsKey(fieldName))
        {
            // "Kết luận:" or "http:" is text, not a field.
            value = $"{fieldName} {value}";
            fieldName = null;
        }

        if (fieldName is not null)
            return FieldQuery(Fields[fieldName], fieldName, value, highlight);

        var negative = clause.Groups["neg"].Success;
        if (clause.Groups["phrase"].Success)
        {
            var phrase = TextQuery(value, exact, alone, highlight);
            if (phrase is not null && !negative) typed.Add(value);
            return phrase;
        }

        if (value.EndsWith('*'))
            return PrefixQuery(value, exact, highlight);
        if (value.Contains('*'))
            throw new SearchQueryException(
                $"Dấu * chỉ dùng ở cuối một từ (tìm theo tiền tố), ví dụ: nội*. Không dùng được trong \"{value}\".");

        var query = TextQuery(value, exact, alone, highlight);
        if (query is not null && !negative)
        {
            plainWords.Add(value);
            typed.Add(value);
        }
        return query;
    }

    /// <summary>
    /// One word or phrase against the title and body, as written and folded (a word that analyses to
    /// several tokens is a phrase). The body's diacritics are weighed for a word searched alone and
    /// typed with them; a phrase is matched folded, since reading the positions of every match twice
    /// would double the cost of the commonest phrases, and a phrase rarely differs by diacritics alone.
    /// </summary>
    private Query? TextQuery(string value, bool exact, bool alone, HashSet<string> highlight)
    {
        var exactTokens = Tokens(IndexSchema.Body, value);
        var foldedTokens = Tokens(IndexSchema.BodyFolded, value);
        if (foldedTokens.Count == 0) return null;
        highlight.Add(string.Join(' ', foldedTokens));

        var query = new BooleanQuery();
        query.Add(Match(IndexSchema.Title, exactTokens, 0, 4f), Occur.SHOULD);
        if (exact)
        {
            query.Add(Match(IndexSchema.Body, exactTokens, 0, 2f), Occur.SHOULD);
            return query;
        }
        if (alone && exactTokens.Count == 1 && VietnameseText.HasDiacritics(value))
            query.Add(Match(IndexSchema.Body, exactTokens, 0, 2f), Occur.SHOULD);
        if (foldedTokens.Count == 1)
        {
            query.Add(new TermQuery(new Term(IndexSchema.TitleFolded, foldedTokens[0])) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchema.BodyFolded, foldedTokens[0])), Occur.SHOULD);
            return query;
        }
        // Title and body pairs are analysed alike: one list of pairs serves both.
        var pairs = Tokens(IndexSchema.BodyPairs, value);
        var titlePhrase = Runs(IndexSchema.TitlePairs, pairs);
        titlePhrase.Boost = 2f;
        query.Add(titlePhrase, Occur.SHOULD);
        query.Add(Runs(IndexSchema.BodyPairs, pairs), Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// A folded phrase as syllable pairs, as few as cover it: "an ninh trật tự" is "an ninh" then, two
    /// positions on, "trat tu". The same documents as the phrase of single syllables, with half the
    /// positions to read, or none for a two-syllable word.
    /// </summary>
    private static Query Runs(string field, IReadOnlyList<string> pairs)
    {
        if (pairs.Count == 1) return new TermQuery(new Term(field, pairs[0]));
        var phrase = new PhraseQuery();
        for (var position = 0; position < pairs.Count; position += 2)
            phrase.Add(new Term(field, pairs[position]), position);
        // The last syllables, when the pairs above stop short of them.
        if (pairs.Count % 2 == 0)
            phrase.Add(new Term(field, pairs[^1]), pairs.Count - 1);
        return phrase;
    }

    private static Query PrefixQuery(string value, bool exact, HashSet<string> highlight)
    {
        var stem = value.TrimEnd('*');
        if (stem.Length == 0)
            throw new SearchQueryException("Dấu * đứng một mình: hãy viết ít nhất hai chữ trước nó, ví dụ: nội*.");
        if (stem.Length < MinPrefixLength || stem.Any(c => !char.IsLetterOrDigit(c)))
            throw new SearchQueryException(
                $"Tìm theo tiền tố cần ít nhất {MinPrefixLength} chữ cái hoặc chữ số trước dấu *: \"{value}\".");

        var folded = VietnameseText.Fold(stem);
        highlight.Add(folded + "*");
        var exactStem = VietnameseText.Canonicalize(stem).ToLowerInvariant();
        var useExact = exact || VietnameseText.HasDiacritics(stem);
        // Constant-score rewrite: a short prefix over a large vocabulary never explodes into clauses.
        var query = new BooleanQuery();
        foreach (var (field, term, boost) in useExact
                     ? new[] { (IndexSchema.Title, exactStem, 2f), (IndexSchema.Body, exactStem, 1f) }
                     : new[] { (IndexSchema.TitleFolded, folded, 2f), (IndexSchema.BodyFolded, folded, 1f) })
        {
            query.Add(
                new PrefixQuery(new Term(field, term))
                {
                    MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
                    Boost = boost,
                },
                Occur.SHOULD);
        }
        if (useExact && !exact)
        {
            query.Add(
                new PrefixQuery(new Term(IndexSchema.BodyFolded, folded))
                {
                    MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
                    Boost = 0.5f,
                },
                Occur.SHOULD);
        }
        return query;
    }

    private Query FieldQuery(string field, string written, string value, HashSet<string> highlight)
    {
        if (field == IndexSchema.Directive)
        {
            var directives = DirectiveMention.FindAll(value);
            if (directives.Count != 1)
                throw new SearchQueryException(
                    $"directive: cần một văn bản như 32-KL/TW hoặc \"Kết luận 32\" (đã nhận \"{value}\").");
            CollectDirective(highlight, directives[0], value);
            return DirectiveClause(directives[0]);
        }

        if (Tokens(IndexSchema.TitleFolded, value) is not { Count: > 0 } titleTokens)
            throw new SearchQueryException($"{written}: cần một giá trị, ví dụ {written}:\"Ban Nội chính\".");

        if (field == IndexSchema.Title)
        {
            highlight.Add(string.Join(' ', titleTokens));
            var query = new BooleanQuery
            {
                { Match(IndexSchema.Title, Tokens(IndexSchema.Title, value), 0, 2f), Occur.SHOULD },
                { Match(IndexSchema.TitleFolded, Tokens(IndexSchema.TitleFolded, value), 0, 1f), Occur.SHOULD },
            };
            return query;
        }

        return Match(field, Tokens(field, value), 0, 1f);
    }

    /// <summary>A term, or the tokens as a phrase.</summary>
    private static Query Match(string field, IReadOnlyList<string> tokens, int slop, float boost)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0])) { Boost = boost };
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var token in tokens) phrase.Add(new Term(field, token));
        return phrase;
    }

    private static Query DirectiveClause(DirectiveMention directive)
    {
        var query = new BooleanQuery { Boost = 3f };
        if (directive.Code is { } code)
            query.Add(new TermQuery(new Term(IndexSchema.Directive, code)) { Boost = 2f }, Occur.SHOULD);
        foreach (var key in directive.Keys)
            query.Add(new TermQuery(new Term(IndexSchema.DirectiveReference, key)), Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// Documents where the words stand together rank above those where they are scattered: each adjacent
    /// pair is one term of the title's and the body's pairs fields, with no positions to read (a title
    /// phrase cost as much as the rest of a two-word search at 100,000 documents).
    /// </summary>
    private void AddProximityBoost(BooleanQuery top, List<string> words, bool exact, HashSet<string> highlight)
    {
        var text = string.Join(' ', words);
        var folded = Tokens(IndexSchema.BodyFolded, text);
        if (folded.Count < 2) return;
        highlight.Add(string.Join(' ', folded));
        if (exact)
        {
            top.Add(Match(IndexSchema.Title, Tokens(IndexSchema.Title, text), 0, 3f), Occur.SHOULD);
            top.Add(Match(IndexSchema.Body, Tokens(IndexSchema.Body, text), 0, 3f), Occur.SHOULD);
            return;
        }
        // A title pair weighs as much as a title phrase did: a title is what its document is about.
        var pairs = Tokens(IndexSchema.BodyPairs, text);
        foreach (var pair in pairs)
            top.Add(new TermQuery(new Term(IndexSchema.TitlePairs, pair)) { Boost = 3f }, Occur.SHOULD);
        foreach (var pair in pairs)
            top.Add(
                new TermQuery(new Term(IndexSchema.BodyPairs, pair)) { Boost = 3f / (folded.Count - 1) },
                Occur.SHOULD);
    }

    /// <summary>What marks a directive in a snippet: the code as one run ("32-KL/TW"), or the words as typed.</summary>
    private void CollectDirective(HashSet<string> highlight, DirectiveMention directive, string written)
    {
        if (directive.Code is { } code) highlight.Add(string.Join(' ', Tokens(IndexSchema.BodyFolded, code)));
        foreach (var key in directive.Keys)
        {
            var (type, number) = (key[..key.IndexOf('|')], key[(key.IndexOf('|') + 1)..]);
            highlight.Add($"{type} so {number}");
            highlight.Add($"{type} {number}");
        }
        highlight.Add(string.Join(' ', Tokens(IndexSchema.BodyFolded, written)));
    }

    /// <summary>
    /// The terms of a text as a field is analysed. The tokenizer drops a word over its maximum length and
    /// leaves a gap: such a word is in no index, and a phrase or run of syllables across the gap would
    /// silently stand for other words, so it is refused.
    /// </summary>
    private List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement != 1) throw TooLongWord();
            tokens.Add(term.ToString());
        }
        stream.End();
        // After the last term, the increment counts the words dropped at the end.
        if (increment.PositionIncrement != 0) throw TooLongWord();
        return tokens;
    }

    // Counted in characters as a person counts them (a surrogate pair is one), from 1.
    private static int CharacterPosition(string text, int index)
    {
        var position = 1;
        foreach (var _ in text.AsSpan(0, index).EnumerateRunes()) position++;
        return position;
    }

    private static SearchQueryException TooLongWord() => new(
        $"Câu tìm kiếm có một từ dài hơn {VietnameseAnalyzer.MaxWordLength} ký tự: "
        + "từ dài như vậy không được lập chỉ mục nên không tìm được.");
}

/// <summary>
/// A query as typed: what it matches and scores (<see cref="Query"/>), what to mark in snippets (folded
/// words, and phrases as space-separated folded words), and the clauses that decide its ranking tiers
/// (<see cref="RankedQuery"/>), each null where it does not apply.
/// </summary>
/// <param name="Together">The plain words together and in order, in the title or the body.</param>
/// <param name="TypedTogether">The same with the diacritics as typed (canonical tone placement).</param>
/// <param name="TypedWords">Every word and quoted phrase with the diacritics as typed.</param>
public sealed record ParsedQuery(
    Query Query,
    IReadOnlySet<string> Highlight,
    Query? Together,
    Query? TypedTogether,
    Query? TypedWords);
