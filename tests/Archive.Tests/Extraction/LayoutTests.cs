using Archive.Extraction;


namespace Archive.Tests.Extraction;

public sealed class LayoutTests
{
    [Fact]
    public void SeparatesTitleDatelineBodyAndByline()
    {
        var text = Parsing.Lines(
            "Tỉnh ủy Nghệ An sơ kết công tác nội chính",
            "Thứ Sáu, 15/07/2022, 09:30",
            "",
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.",
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới.",
            "Minh Anh");

        var layout = Layout.Read(text);

        Assert.Equal("Tỉnh ủy Nghệ An sơ kết công tác nội chính", layout.Title);
        Assert.Equal("2022-07-15T09:30", layout.Published);
        Assert.Equal(2, layout.Paragraphs.Count);
        Assert.Equal("Minh Anh", layout.Author);
        Assert.Empty(layout.Captions);
    }

    [Fact]
    public void ReadsBylinesWithALabel()
    {
        var text = Parsing.Lines(
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.",
            "Bài và ảnh: Minh Anh");

        var layout = Layout.Read(text);

        Assert.Equal("Minh Anh", layout.Author);
    }

    [Theory]
    [InlineData("Theo TTXVN", "TTXVN")]
    [InlineData("Nguồn: baonghean.vn", "baonghean.vn")]
    [InlineData("Theo Quang Binh Portal", "Quang Binh Portal")]
    public void ReadsTheSourceLine(string line, string expected)
    {
        var text = Parsing.Lines("Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính.", line);

        var layout = Layout.Read(text);

        Assert.Equal(expected, layout.Source);
    }

    [Fact]
    public void ReadsTheAgencyThatSignsTheLead()
    {
        var text = "(TTXVN) Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính.";

        var layout = Layout.Read(text);

        Assert.Equal("Thông tấn xã Việt Nam (TTXVN)", layout.Source);
    }

    [Fact]
    public void PutsPageFurnitureAndPhotoCaptionsApartFromTheBody()
    {
        var text = Parsing.Lines(
            "Tỉnh ủy Nghệ An sơ kết công tác nội chính",
            "Chia sẻ",
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.",
            "Quang cảnh hội nghị",
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới.",
            "Ảnh minh họa",
            "In bài viết");

        var layout = Layout.Read(text);

        Assert.Equal(["Chia sẻ", "Quang cảnh hội nghị", "Ảnh minh họa", "In bài viết"], layout.Captions);
        Assert.Equal(2, layout.Paragraphs.Count);
    }

    [Fact]
    public void TreatsALineRepeatedWithATypoAsACaption()
    {
        var caption = "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo các đơn vị, địa phương trong tỉnh.";
        var text = Parsing.Lines(
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.",
            caption.Replace("Tỉnh ủy", "Tỉnhh ủy"),
            caption,
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới.");

        var layout = Layout.Read(text);

        Assert.Contains(caption, layout.Captions);
        Assert.DoesNotContain(caption, layout.Paragraphs);
    }

    [Fact]
    public void TreatsALineRepeatedWithTyposAtBothEndsAsACaption()
    {
        // Two typos, near the start and near the end: little of the copies' ends is shared, and the
        // distance between them is still small.
        var caption = "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo các đơn vị, địa phương trong tỉnh.";
        var text = Parsing.Lines(
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.",
            caption.Replace("Đồng chí", "Đồngg chí").Replace("trong tỉnh", "trongg tỉnh"),
            caption,
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới.");

        var layout = Layout.Read(text);

        Assert.Contains(caption, layout.Captions);
        Assert.DoesNotContain(caption, layout.Paragraphs);
    }

    [Fact]
    public void CollapsesWhitespaceAndLineEndings()
    {
        var text = "Tỉnh ủy   Nghệ An\tsơ kết\r\n\r\n   \u00A0 \r\n" +
            "Sáng 14/7,  Tỉnh ủy tổ chức hội nghị.\rHội nghị kết thúc.";

        var layout = Layout.Read(text);

        Assert.Equal("Tỉnh ủy Nghệ An sơ kết", layout.Title);
        Assert.Equal(["Sáng 14/7, Tỉnh ủy tổ chức hội nghị.", "Hội nghị kết thúc."], layout.Paragraphs);
    }

    [Fact]
    public void KeepsALeadWithoutTitleAsABodyParagraph()
    {
        var text = Parsing.Lines(
            "Ngày 17/7, Ban Nội chính Trung ương tổ chức Hội nghị giao ban trực tuyến.",
            "Các ban nội chính tỉnh ủy đã bám sát sự chỉ đạo của Ban Nội chính Trung ương.");

        var layout = Layout.Read(text);

        Assert.Null(layout.Title);
        Assert.Equal(2, layout.Paragraphs.Count);
    }

    private const string Lead = "Sáng 14/7, " +
        "Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác nội chính 6 tháng đầu năm.";

    [Theory]
    [InlineData("(Dân trí) - ", "Dân trí")]
    [InlineData("(Chinhphu.vn) - ", "Chinhphu.vn")]
    [InlineData("(PLO)- ", "PLO")]
    [InlineData("VOV.VN - ", "VOV.VN")]
    [InlineData("PNO – ", "PNO")]
    [InlineData("(TN&MT) - ", "TN&MT")]
    public void ReadsTheOutletTagOpeningTheLeadWithItsSpan(string tag, string expected)
    {
        var text = Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", tag + Lead);

        var layout = Layout.Read(text);

        Assert.Contains(expected, layout.Source);
        var evidence = Assert.Single(layout.Evidence, e => e.Field == "source");
        Assert.Equal(("paragraph", 0, expected), (evidence.Part, evidence.Index, evidence.Quote));
        Assert.Equal(tag.IndexOf(expected, StringComparison.Ordinal), evidence.Start);
    }

    [Theory]
    [InlineData("CANADA - ")]
    [InlineData("HUẾ - ")]
    [InlineData("TP.HCM - ")]
    [InlineData("Arab Saudi- ")]
    public void TakesNoPlaceDatelineForTheOutlet(string dateline)
    {
        var layout = Layout.Read(dateline + Lead);

        Assert.Null(layout.Source);
    }

    [Fact]
    public void ReadsTheOutletAFeedsDescriptionEndsWith()
    {
        var layout = Layout.Read(Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", Lead + " - VnExpress"));

        Assert.Equal("VnExpress", layout.Source);
    }

    [Fact]
    public void ReadsABylineGluedToTheEndOfAOneLineBodyAndMovesItToTheCredits()
    {
        var body = Lead + " Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng./.";
        var layout = Layout.Read(
            Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", body + " Lê Văn Hùng (TTXVN)"));

        Assert.Equal("Lê Văn Hùng", layout.Author);
        Assert.Equal("TTXVN", layout.Source);
        Assert.Equal([body], layout.Paragraphs);
        Assert.Equal(["Lê Văn Hùng (TTXVN)"], layout.Credits);
        var author = Assert.Single(layout.Evidence, e => e.Field == "author");
        Assert.Equal(("credit", 0, 0, "Lê Văn Hùng"), (author.Part, author.Index, author.Start, author.Quote));
        var source = Assert.Single(layout.Evidence, e => e.Field == "source");
        Assert.Equal((13, "TTXVN"), (source.Start, source.Quote));
    }

    [Theory]
    [InlineData("Hội nghị diễn ra tại Thanh Hóa")]
    [InlineData("Hội nghị kết thúc. Thanh Hóa")]
    [InlineData("Hội nghị kết thúc. Theo Kế Hoạch")]
    public void TakesNoWordsOfTheBodyForAGluedByline(string end)
    {
        var layout = Layout.Read(Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", Lead + " " + end));

        Assert.Null(layout.Author);
    }

    [Theory]
    [InlineData("Tin, ảnh: HOÀNG PHÚC", "HOÀNG PHÚC", null)]
    [InlineData("Bài và ảnh: Minh Anh", "Minh Anh", null)]
    [InlineData("Tác giả: THU HÀ", "THU HÀ", null)]
    [InlineData("PV", "PV", null)]
    [InlineData("Hoàng Phúc - Thu Hà", "Hoàng Phúc - Thu Hà", null)]
    [InlineData("Trung Kiên - NDH", "Trung Kiên", "NDH")]
    [InlineData("Minh Anh/VOV", "Minh Anh", "VOV")]
    [InlineData("Theo Minh Anh/VOV", "Minh Anh", "VOV")]
    [InlineData("Diệp Lan (tổng hợp)", "Diệp Lan", null)]
    [InlineData("Ảnh: Minh Anh", null, null)]
    public void ReadsBylinesAndTheAgencyAfterThem(string line, string? author, string? source)
    {
        var layout = Layout.Read(Parsing.Lines(Lead, line));

        Assert.Equal(author, layout.Author);
        if (source is null) Assert.Null(layout.Source);
        else Assert.Contains(source, layout.Source);
        Assert.All(layout.Evidence, e => Assert.Equal(e.Value, layout.Credits[e.Index].Substring(e.Start, e.Length)));
    }

    [Fact]
    public void PrefersTheLeadsOutletTagToTheAgencyTheBylineCites()
    {
        var layout = Layout.Read(Parsing.Lines("PNO – " + Lead, "THU HÀ (Theo AFP)"));

        Assert.Equal(("THU HÀ", "PNO"), (layout.Author, layout.Source));
    }

    [Theory]
    [InlineData("Theo Bộ Y tế, số ca mắc đã giảm 20% so với tuần trước.")]
    [InlineData("Theo các chuyên gia, nguy cơ còn cao.")]
    public void TakesNoAttributionOpeningASentenceForTheSource(string line)
    {
        var layout = Layout.Read(Parsing.Lines(Lead, line));

        Assert.Null(layout.Source);
    }

    [Fact]
    public void MovesABylineUnderTheLeadToTheCredits()
    {
        var layout = Layout.Read(Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", Lead,
            "Hoàng Lan/Người Lao Động",
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới."));

        Assert.Equal(("Hoàng Lan", "Người Lao Động"), (layout.Author, layout.Source));
        Assert.Equal(["Hoàng Lan/Người Lao Động"], layout.Credits);
        Assert.Equal(2, layout.Paragraphs.Count);
    }

    [Fact]
    public void LeavesABylineWithThePagesTimestampInTheBody()
    {
        var line = "MINH THƯ - Thứ bảy, 03/08/2024 08:18 (GMT+7)";
        var layout = Layout.Read(Parsing.Lines("Tỉnh ủy Nghệ An sơ kết công tác nội chính", "", Lead, line,
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng trong thời gian tới."));

        Assert.Equal("MINH THƯ", layout.Author);
        Assert.Contains(line, layout.Paragraphs.Concat(layout.Captions));
        var evidence = Assert.Single(layout.Evidence, e => e.Field == "author");
        Assert.Equal((0, "MINH THƯ"), (evidence.Start, evidence.Quote));
    }

    [Theory]
    [InlineData("<b>Tỉnh ủy</b> Nghệ An sơ kết công tác nội chính", "Tỉnh ủy Nghệ An sơ kết công tác nội chính")]
    [InlineData("\"Tỉnh ủy Nghệ An sơ kết công tác nội chính", "Tỉnh ủy Nghệ An sơ kết công tác nội chính")]
    [InlineData("Tỉnh ủy Nghệ An sơ kết công tác nội chính”", "Tỉnh ủy Nghệ An sơ kết công tác nội chính")]
    [InlineData("Rộ tin ông Lê Văn Hùng 'vô lò'", "Rộ tin ông Lê Văn Hùng 'vô lò'")]
    [InlineData("Tỉnh ủy Nghệ An: “Không có vùng cấm”", "Tỉnh ủy Nghệ An: “Không có vùng cấm”")]
    [InlineData(
        "Tỉnh ủy Nghệ An bổ nhiệm Phó Trưởng Ban Tuyên giáo và ...",
        "Tỉnh ủy Nghệ An bổ nhiệm Phó Trưởng Ban Tuyên giáo và ...")]
    [InlineData("iOS 18 có gì mới? Đây là cách cập nhật", "iOS 18 có gì mới? Đây là cách cập nhật")]
    public void ShowsTheHeadlineAsAReaderShouldSeeIt(string line, string expected)
    {
        var layout = Layout.Read(Parsing.Lines(line, "", Lead));

        Assert.Equal(expected, layout.Title);
        var evidence = Assert.Single(layout.Evidence, e => e.Field == "title");
        Assert.Equal((0, expected.Length, expected), (evidence.Start, evidence.Length, evidence.Quote));
    }
}
