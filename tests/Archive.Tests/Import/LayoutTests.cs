using Archive.Import;

namespace Archive.Tests.Import;

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
        var text = "Tỉnh ủy   Nghệ An\tsơ kết\r\n\r\n   \u00A0 \r\nSáng 14/7,  Tỉnh ủy tổ chức hội nghị.\rHội nghị kết thúc.";

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
}
