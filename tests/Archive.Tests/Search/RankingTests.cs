using System.Text;
using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// The ranking contract over a real index: documents with the words together and in order rank above
/// every document with them only apart, however much BM25 favours the latter; within a tier the
/// diacritics as typed come first. Each "apart" text is built to win on BM25 alone: short, the words
/// repeated, some in its title.
/// </summary>
public sealed class RankingTests : IClassFixture<RankingTests.Corpus>
{
    // Two to six syllables, and a rare name after a common word.
    private static readonly string[] PhraseList =
    [
        "tham nhũng",
        "Ban Nội chính",
        "an toàn giao thông",
        "cải cách hành chính nhà nước",
        "phòng chống tác hại thuốc lá",
        "nhân dân Mường Lát",
    ];

    public static TheoryData<string> Phrases => new(PhraseList);

    private const string Filler =
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng cho thời gian tới. " +
        "Các đại biểu thảo luận sôi nổi, đóng góp nhiều ý kiến xác đáng về công việc của đơn vị. ";

    private readonly Corpus corpus;

    public RankingTests(Corpus corpus) => this.corpus = corpus;

    /// <summary>
    /// Per phrase: three long texts with it once, together; three short ones with its words many times,
    /// apart.
    /// </summary>
    public sealed class Corpus : IDisposable
    {
        private readonly TempFolder source = new();
        private readonly TempFolder work = new();

        public Corpus()
        {
            foreach (var (phrase, p) in PhraseList.Select((phrase, i) => (phrase, i)))
            {
                var words = phrase.Split(' ');
                for (var i = 0; i < 3; i++)
                {
                    var filler = string.Concat(Enumerable.Repeat(Filler, 4 + i));
                    Write(
                        $"together-{p}-{i}.txt",
                        $"Bản tin số {p}{i}",
                        $"{filler}Hội nghị bàn về {phrase} ở địa phương. {filler}");
                    // The words in reverse order with other words between: never together and in order.
                    var apart = string.Join(" và các ", words.Reverse());
                    Write(
                        $"apart-{p}-{i}.txt",
                        $"Tin {words[^1]} cùng {words[0]}",
                        $"Việc {apart} được nêu. Lần nữa {apart}. Còn {apart}.");
                }
            }

            // "hòa giải" in the new and the old tone placement, "hóa giải" (the same once folded) more often,
            // and the words apart.
            Write("hoa-new.txt", "Bản tin xã", $"{Filler}{Filler}Tổ hòa giải ở cơ sở làm tốt việc của mình. {Filler}");
            Write(
                "hoa-old.txt",
                "Bản tin phường",
                $"{Filler}{Filler}Tổ hoà giải ở cơ sở làm tốt việc của mình. {Filler}");
            Write("hoa-other.txt", "Tin hóa giải", "Hóa giải mâu thuẫn. Hóa giải khó khăn. Hóa giải xung đột.");
            Write(
                "hoa-apart.txt",
                "Tin giải thưởng",
                "Giải thưởng được trao. Không khí hòa nhã. Giải nhất thuộc về đội hòa.");
            // "Bộ Chính trị" once in a long text; "bỏ chính trị" (the same once folded) often in a short one.
            Write(
                "bo-typed.txt",
                "Bản tin tuần",
                $"{Filler}{Filler}Kết luận của Bộ Chính trị được quán triệt. {Filler}");
            Write(
                "bo-other.txt",
                "Tin bỏ chính trị",
                "Không thể bỏ chính trị. Ai bỏ chính trị thì thiệt. Đừng bỏ chính trị.");

            IndexPublisher.Import(source.Path, work.File("index"));
            Index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
        }

        public ArchiveIndex Index { get; }

        private void Write(string name, string title, string body) =>
            File.WriteAllText(source.File(name), $"{title}\n\n{body}\n", new UTF8Encoding(false));

        public void Dispose()
        {
            Index.Dispose();
            work.Dispose();
            source.Dispose();
        }
    }

    private SearchResult Search(
        string query,
        bool exact = false,
        int size = 100,
        SearchSort sort = SearchSort.Relevance) =>
        corpus.Index.Search(new SearchRequest { Query = query, Exact = exact, Size = size, Sort = sort });

    private List<string> Files(SearchResult result) =>
        result.Hits.Select(h => corpus.Index.Find(h.Id)!.SourceFile).ToList();

    private static string Fold(string text) => Archive.Text.VietnameseText.Fold(text);

    [Theory]
    [MemberData(nameof(Phrases))]
    public void RanksEveryDocumentWithTheWordsTogetherAboveEveryOneWithThemApart(string phrase)
    {
        foreach (var query in new[] { phrase, Fold(phrase) })
        {
            var p = Array.IndexOf(PhraseList, phrase);

            var found = Files(Search(query));

            var mine = found
                .Where(f => f.EndsWith($"-{p}-0.txt", StringComparison.Ordinal)
                            || f.EndsWith($"-{p}-1.txt", StringComparison.Ordinal)
                            || f.EndsWith($"-{p}-2.txt", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(6, mine.Count);
            Assert.All(mine.Take(3), f => Assert.StartsWith("together-", f));
            Assert.All(mine.Skip(3), f => Assert.StartsWith("apart-", f));
        }
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void CountsTheDocumentsWithTheWordsTogetherAndThoseWithThemOnlyApart(string phrase)
    {
        var result = Search(phrase, size: 2);

        Assert.Equal(3, result.Together);
        Assert.Equal(result.Total - 3, result.Apart);
        Assert.True(result.Apart >= 3);
        Assert.All(result.Hits, hit => Assert.True(hit.Together));
    }

    [Fact]
    public void DoesNotPadThePageWithScatteredMatchesWhileTogetherMatchesRemain()
    {
        var first = Search("tham nhũng", size: 3);
        var next = corpus.Index.Search(new SearchRequest { Query = "tham nhũng", Size = 3, Page = 2 });

        Assert.All(first.Hits, hit => Assert.True(hit.Together));
        Assert.All(next.Hits, hit => Assert.False(hit.Together));
    }

    [Fact]
    public void CountsTogetherMatchesWhenSortedByDate()
    {
        var result = Search("an toàn giao thông", sort: SearchSort.DateDesc);

        Assert.Equal(3, result.Together);
        Assert.Equal(result.Total - 3, result.Apart);
    }

    [Fact]
    public void RanksTheWordsAsTypedAboveTheSameLettersWithOtherDiacritics()
    {
        var found = Files(Search("hòa giải")).Where(f => f.StartsWith("hoa-", StringComparison.Ordinal)).ToList();

        // Old and new tone placement are the same word; "hóa giải" is not, though it repeats.
        Assert.Equal(["hoa-new.txt", "hoa-old.txt"], found.Take(2).Order());
        Assert.Equal(["hoa-other.txt", "hoa-apart.txt"], found.Skip(2));
    }

    [Fact]
    public void RanksBoChinhTriAboveBoChinhTriWithOtherDiacritics()
    {
        var found = Files(Search("Bộ Chính trị"));

        Assert.Equal("bo-typed.txt", found[0]);
        Assert.Equal("bo-other.txt", found[1]);
    }

    [Fact]
    public void TreatsEveryWrittenFormAlikeWhenTypedWithoutDiacritics()
    {
        var found = Files(Search("hoa giai")).Where(f => f.StartsWith("hoa-", StringComparison.Ordinal)).ToList();

        // All three together-matches before the apart one; BM25 alone orders them, and the short text
        // repeating it wins.
        Assert.Equal("hoa-other.txt", found[0]);
        Assert.Equal("hoa-apart.txt", found[^1]);
    }

    [Fact]
    public void MatchesOnlyAsTypedWhenExact()
    {
        var result = Search("hòa giải", exact: true);

        Assert.Equal(["hoa-new.txt", "hoa-old.txt"], Files(result).Take(2).Order());
        Assert.Equal("hoa-apart.txt", Files(result)[^1]);
        Assert.DoesNotContain("hoa-other.txt", Files(result));
        Assert.Equal(2, result.Together);
    }

    [Fact]
    public void RanksASingleWordAsTypedAboveItsFoldedNamesakes()
    {
        var found = Files(Search("hóa")).Where(f => f.StartsWith("hoa-", StringComparison.Ordinal)).ToList();

        Assert.Equal("hoa-other.txt", found[0]);
        Assert.Null(Search("hóa").Together);
    }

    [Fact]
    public void GivesNoTogetherCountForAlternatives()
    {
        var result = Search("tham OR nhũng");

        Assert.Null(result.Together);
        Assert.Null(result.Apart);
    }
}
