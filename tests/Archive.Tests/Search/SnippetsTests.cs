using System.Text;
using Archive.Index.Schema;
using Archive.Search;
using CsCheck;

namespace Archive.Tests.Search;

/// <summary>
/// What a query marks in a text: as typed where the text has it, folded otherwise, encoded around the marks.
/// </summary>
public sealed class SnippetsTests
{
    private static readonly QueryBuilder Builder = new(IndexSchema.CreateAnalyzer());

    private static string Snippet(string body, string query, bool exact = false) =>
        string.Join(" ", Snippets.Build(body, Builder.Build(query, exact).Highlight, Snippets.Typed(query, exact)));

    private static List<string> Marked(string text, string query, int max = 100)
    {
        var marks = Snippets.Marks(text, Builder.Build(query, false).Highlight, Snippets.Typed(query, false), max);
        return marks.Spans.Select(s => text[s.Start..s.End]).ToList();
    }

    private const string Both = "Tổ hòa giải ở cơ sở đã hóa giải nhiều mâu thuẫn trong khu dân cư.";

    [Fact]
    public void MarksOnlyTheFormTypedWhenTheTextHasIt()
    {
        Assert.Equal(["hòa giải"], Marked(Both, "hòa giải"));
    }

    [Fact]
    public void TakesOldAndNewTonePlacementAsOneTypedForm()
    {
        Assert.Equal(["hoà giải"], Marked("Tổ hoà giải ở cơ sở đã hóa giải nhiều mâu thuẫn.", "hòa giải"));
        Assert.Equal(["hòa giải"], Marked(Both, "hoà giải"));
    }

    [Fact]
    public void MarksEveryFoldedFormWhenTheQueryHasNoDiacritics()
    {
        Assert.Equal(["hòa giải", "hóa giải"], Marked(Both, "hoa giai"));
    }

    [Fact]
    public void MarksTheFoldedFormsWhenNoneIsWrittenAsTyped()
    {
        Assert.Equal(["hóa giải", "Hoá giải"], Marked("Đã hóa giải mâu thuẫn. Hoá giải sớm thì tốt.", "hòa giải"));
    }

    [Fact]
    public void FindsTheTypedFormInDecomposedText()
    {
        var text = Both.Normalize(NormalizationForm.FormD);

        var marked = Marked(text, "hòa giải");

        Assert.Equal(["hòa giải".Normalize(NormalizationForm.FormD)], marked);
    }

    [Fact]
    public void MarksAWordWrittenAsTypedAndLeavesItsOtherSpellings()
    {
        var snippet = Snippet("Ban Nội chính xử lý hành vi nhũng nhiễu; những vụ việc khác được chuyển đi.", "nhũng");

        Assert.Contains("<mark>nhũng</mark>", snippet);
        Assert.DoesNotContain("<mark>những</mark>", snippet);
    }

    [Fact]
    public void MarksThePhraseWhereItsWordsStandTogether()
    {
        var snippet = Snippet(
            "Hội nghị bàn công tác tham mưu và phòng, chống tham nhũng; nhũng nhiễu bị xử lý.",
            "tham nhũng");

        Assert.Contains("<mark>tham nhũng</mark>", snippet);
        Assert.DoesNotContain("<mark>tham</mark>", snippet);
        Assert.DoesNotContain("<mark>nhũng</mark>", snippet);
    }

    [Fact]
    public void MarksEachWordWhenTheTextHasThemOnlyApart()
    {
        var snippet = Snippet("Các đơn vị tham gia đầy đủ và xử lý hành vi nhũng nhiễu.", "tham nhũng");

        Assert.Contains("<mark>tham</mark>", snippet);
        Assert.Contains("<mark>nhũng</mark>", snippet);
    }

    [Fact]
    public void KeepsMarkingADirectiveByCodeAndByTypeAndNumber()
    {
        Assert.Equal(["Kết luận số 32-KL/TW"], Marked("Quán triệt Kết luận số 32-KL/TW của Bộ Chính trị.", "32-KL/TW"));
        Assert.Equal(["Kết luận số 32"], Marked("Thực hiện Kết luận số 32 của Bộ Chính trị.", "Kết luận 32"));
    }

    [Fact]
    public void EncodesTheSourceTextAroundTheMarks()
    {
        var snippet = Snippet("Kẻ gian gửi <b>đường dẫn</b> lạ của \"Công ty A&B\" để lừa đảo.", "đường dẫn");

        Assert.Contains("&lt;b&gt;<mark>đường dẫn</mark>&lt;/b&gt;", snippet);
        Assert.Contains("A&amp;B", snippet);
    }

    [Fact]
    public void CountsEveryMatchButGivesAtMostTheCap()
    {
        var text = string.Concat(Enumerable.Repeat("Phòng chống tham nhũng. ", 1_500));

        var marks = Snippets.Marks(
            text,
            Builder.Build("tham nhũng", false).Highlight,
            Snippets.Typed("tham nhũng", false),
            1_000);

        Assert.Equal(1_500, marks.Total);
        Assert.Equal(1_000, marks.Spans.Count);
    }

    [Fact]
    public void MarksOnePartOfTheTextNumberedFromTheMatchesBeforeIt()
    {
        var sentence = "Phòng chống tham nhũng. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 100));

        var marks = Snippets.Marks(
            text, Builder.Build("tham nhũng", false).Highlight, Snippets.Typed("tham nhũng", false), 1_000,
            from: 10 * sentence.Length, to: 20 * sentence.Length);

        Assert.Equal(100, marks.Total);
        Assert.Equal(10, marks.Before);
        Assert.Equal(10, marks.Spans.Count);
        Assert.All(marks.Spans, s => Assert.InRange(s.Start, 10 * sentence.Length, 20 * sentence.Length - 1));
        Assert.Equal(sentence.IndexOf("tham", StringComparison.Ordinal), marks.First);
    }

    [Fact]
    public void LooksForSnippetsOnlyInABoundedPrefixOfAHugeBody()
    {
        var filler = string.Concat(Enumerable.Repeat("Hội nghị bàn việc của tỉnh. ", Snippets.MaxText / 20));

        var snippet = Snippet(filler + "Phòng chống tham nhũng.", "tham nhũng");

        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("Hội nghị bàn việc của tỉnh.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBodyPrefixStopsAtTheBoundWithoutJoiningTheRest()
    {
        var document = Repository.ParseSeed("000_") with
        {
            Paragraphs = [new string('a', 70_000), new string('b', 70_000), "c"],
        };

        var prefix = IndexSchema.BodyText(document.Paragraphs, Snippets.MaxText);

        Assert.Equal(IndexSchema.BodyText(document)[..Snippets.MaxText], prefix);
        Assert.Equal(IndexSchema.BodyText(document), IndexSchema.BodyText(document.Paragraphs, int.MaxValue));
    }

    [Fact]
    public void MarksStayInsideTheTextInOrderForAnyQuery()
    {
        Gen.Select(QueryBuilderTests.TypedQuery, QueryBuilderTests.TypedQuery).Sample((query, text) =>
        {
            try
            {
                var marks = Snippets.Marks(
                    text,
                    Builder.Build(query, false).Highlight,
                    Snippets.Typed(query, false),
                    10);
                var at = 0;
                foreach (var (start, end) in marks.Spans)
                {
                    Assert.InRange(start, at, end - 1);
                    Assert.InRange(end, start + 1, text.Length);
                    at = end;
                }
            }
            catch (SearchQueryException)
            {
                // A query the search refuses marks nothing.
            }
        });
    }
}
