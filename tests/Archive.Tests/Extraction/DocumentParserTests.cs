using System.Text;
using System.Text.Json;
using Archive.Extraction;
using Archive.Model;
using Archive.Storage;

namespace Archive.Tests.Extraction;

/// <summary>Documents in shapes the seeds do not have, to show the rules are general.</summary>
public sealed class DocumentParserTests
{
    private static readonly string ProvincialMeeting = Parsing.Lines(
        "Tỉnh uỷ Nghệ An: Sơ kết công tác nội chính 6 tháng đầu năm",
        "Thứ Sáu, 15/07/2022, 09:30",
        "",
        "Sáng 14/7, Tỉnh uỷ Nghệ An tổ chức hội nghị sơ kết công tác nội chính, " +
            "phòng, chống tham nhũng 6 tháng đầu năm 2022.",
        "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì hội nghị.",
        "Hội nghị thống nhất tiếp tục thực hiện Kết luận số 32 - KL/TƯ ngày 5/7/2018 " +
            "của Bộ Chính trị và Quy định số 105-QD/TW của Ban Chấp hành Trung ương.",
        "Minh Anh");

    [Fact]
    public void ReadsADocumentInAnotherShape()
    {
        var document = Parsing.Parse(ProvincialMeeting);

        Assert.Equal("Tỉnh uỷ Nghệ An: Sơ kết công tác nội chính 6 tháng đầu năm", document.Title);
        Assert.False(document.TitleDerived);
        Assert.Equal("2022-07-15T09:30", document.Published);
        Assert.Equal(new DateOnly(2022, 7, 14), document.EventDate);
        Assert.Equal("Tỉnh ủy Nghệ An", document.Organisation);
        Assert.Equal("Nghệ An", document.Location);
        Assert.Equal("Minh Anh", document.Author);
        Assert.Equal(["32-KL/TW", "105-QĐ/TW"], document.Directives.Select(d => d.Code));
        var person = Assert.Single(document.People);
        Assert.Equal("Trần Văn Minh", person.Name);
        Assert.Equal(["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], person.Roles);
    }

    [Fact]
    public void ReadsTheOrganisationFromTheParagraphThatDatesTheEvent()
    {
        var text = Parsing.Lines(
            "Ông Lê Văn Hải giữ chức Bí thư Tỉnh ủy Hòa Lâm",
            "Thứ Bảy, 26/10/2024, 10:00",
            "",
            "Ông Lê Văn Hải được điều động, chỉ định giữ chức Bí thư Tỉnh ủy Hòa Lâm nhiệm kỳ 2020-2025.",
            "Sáng 26/10, Tỉnh ủy Hòa Lâm tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.");

        var document = Parsing.Parse(text);

        Assert.Equal(new DateOnly(2024, 10, 26), document.EventDate);
        Assert.Equal("Tỉnh ủy Hòa Lâm", document.Organisation);
        var evidence = Assert.Single(document.Evidence, e => e.Field == "organisation");
        Assert.Equal(1, evidence.Index);
        Assert.Equal(document.Paragraphs[1].IndexOf("Tỉnh ủy", StringComparison.Ordinal), evidence.Start);
    }

    [Fact]
    public void KeepsOldStyleToneMarksInDisplayText()
    {
        var document = Parsing.Parse(ProvincialMeeting);

        Assert.StartsWith("Sáng 14/7, Tỉnh uỷ Nghệ An", document.Paragraphs[0]);
    }

    [Fact]
    public void ReadsASpelledOutLeadDate()
    {
        var text = Parsing.Lines(
            "Triển khai nhiệm vụ công tác nội chính năm 2023",
            "Ngày 20 tháng 1 năm 2023, Ban Nội chính Tỉnh ủy Lào Cai tổ chức hội nghị triển khai nhiệm vụ năm 2023.",
            "Hội nghị đã đề ra các giải pháp trọng tâm cho năm 2023.");

        var document = Parsing.Parse(text);

        Assert.Equal(new DateOnly(2023, 1, 20), document.EventDate);
        Assert.Null(document.Published);
        Assert.Equal("Ban Nội chính Tỉnh ủy Lào Cai", document.Organisation);
        Assert.Equal("Lào Cai", document.Location);
    }

    [Fact]
    public void LeavesDatesNullWhenTheDocumentHasNone()
    {
        var text = Parsing.Lines(
            "Tăng cường phòng, chống tham nhũng ở cơ sở",
            "Ban Nội chính Tỉnh ủy đề nghị các cấp ủy tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ.",
            "Các cơ quan cần phối hợp chặt chẽ, xử lý nghiêm các vụ việc tiêu cực.");

        var document = Parsing.Parse(text);

        Assert.Null(document.EventDate);
        Assert.Null(document.Published);
        Assert.Null(document.SortDate);
        Assert.Null(document.Author);
        Assert.Null(document.Source);
        Assert.Equal(2, document.Paragraphs.Count);
    }

    [Fact]
    public void DerivesTheTitleFromTheFirstSentenceWhenThereIsNoTitleLine()
    {
        var text = Parsing.Lines(
            "Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết. Đồng chí Trần Văn Minh chủ trì hội nghị.",
            "Hội nghị đã thảo luận các giải pháp phòng, chống tham nhũng.");

        var document = Parsing.Parse(text);

        Assert.True(document.TitleDerived);
        Assert.Equal("Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết", document.Title);
    }

    [Fact]
    public void KeepsMarkupInTheBodyLiterally()
    {
        var markup = "Người dân phản ánh đoạn mã <script>alert(1)</script> trên trang tin giả mạo.";
        var text = Parsing.Lines(
            "Cảnh giác với trang tin giả mạo",
            "Sáng 14/7, Công an tỉnh Nghệ An cho biết đã xác minh phản ánh.",
            markup);

        var document = Parsing.Parse(text);

        Assert.Contains(markup, document.Paragraphs);
        var stored = JsonSerializer.Serialize(document, JsonFile.Options);
        Assert.DoesNotContain("<script>", stored);
        Assert.Contains(markup, JsonSerializer.Deserialize<ArchiveDocument>(stored, JsonFile.Options)!.Paragraphs);
    }

    [Fact]
    public void ReadsCrLfAndByteOrderMarkLikePlainUtf8()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes(ProvincialMeeting.Replace("\n", "\r\n")))
            .ToArray();

        var document = Parsing.Parse(bytes);

        var plain = Parsing.Parse(ProvincialMeeting);
        Assert.Equal(Extracted(plain), Extracted(document));
        Assert.Equal("utf-8", document.Encoding);
        Assert.DoesNotContain(
            document.Paragraphs.Append(document.Title),
            t => t.Contains('\r') || t.Contains('\uFEFF'));
    }

    [Fact]
    public void ReadsDecomposedInputAsComposed()
    {
        var decomposed = ProvincialMeeting.Normalize(NormalizationForm.FormD);

        var document = Parsing.Parse(decomposed);

        var composed = Parsing.Parse(ProvincialMeeting);
        Assert.NotEqual(composed.Sha256, document.Sha256);
        Assert.Equal(Extracted(composed), Extracted(document));
        Assert.All(
            document.Paragraphs.Append(document.Title),
            t => Assert.True(t.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void ImportsWindows1258TextAsNfc()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258).GetBytes(Windows1258Spelling(ProvincialMeeting));

        var document = Parsing.Parse(bytes);

        Assert.Equal("windows-1258", document.Encoding);
        var utf8 = Parsing.Parse(ProvincialMeeting);
        Assert.Equal(Extracted(utf8), Extracted(document));
        Assert.All(document.Paragraphs, p => Assert.True(p.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void TakesTheMeetingDateAndInfersItsYearFromTheDateline()
    {
        var text = Parsing.Lines(
            "Quán triệt Kết luận của Bộ Chính trị về an ninh trật tự",
            "21/08/2018",
            "Sáng 20/8, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 " +
                "của Bộ Chính trị về tình hình an ninh trật tự.",
            "Hội nghị thống nhất các giải pháp trong thời gian tới.");

        var document = Parsing.Parse(text);

        Assert.Equal(new DateOnly(2018, 8, 20), document.EventDate);
        var directive = Assert.Single(document.Directives);
        Assert.Equal(new DateOnly(2018, 7, 5), directive.Date);
    }

    [Fact]
    public void ImportsATitleOnlyArticleAndSaysItHasNoBody()
    {
        var text = Parsing.Lines("Chỉ có tiêu đề", "15/07/2022");

        var (document, _) = DocumentParser.Parse("title-only.txt", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(document);
        Assert.Equal("Chỉ có tiêu đề", document.Title);
        Assert.Equal("2022-07-15", document.Published);
        Assert.Empty(document.Paragraphs);
        Assert.Contains(document.Warnings, w => w.Contains("no body", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportsAFeedSnippetAndSaysWhatItLacks()
    {
        var text = Parsing.Lines(
            "Tỉnh ủy Nghệ An bổ nhiệm Phó Trưởng Ban Tuyên giáo và ...",
            "",
            "(NA) - Ngày 24/6, " +
                "Tỉnh ủy tổ chức Hội nghị công bố quyết định công tác cán bộ tại Ban Tuyên giáo Tỉnh ủy ...");

        var document = Parsing.Parse(text);

        Assert.Single(document.Paragraphs);
        Assert.Contains("short body: 23 words in 1 paragraph, likely a snippet", document.Warnings);
        Assert.Contains("headline cut off (ends with “...”)", document.Warnings);
        Assert.Contains("body cut off (ends with “...”)", document.Warnings);
        Assert.Contains("no publication date", document.Warnings);
        Assert.Contains("no byline", document.Warnings);
    }

    [Fact]
    public void ImportsNoncharactersAsReplacementCharactersWithAWarningSayingWhere()
    {
        var text = Parsing.Lines(
            "Tỉnh ủy Nghệ An sơ kết công tác nội chính\uFFFE",
            "",
            "Sáng 14/7, Tỉnh ủy\uFFFF tổ chức hội nghị sơ kết công tác nội chính.",
            "Hội nghị \U0001FFFEthống nhất.");

        var document = Parsing.Parse(text);

        Assert.Equal("Tỉnh ủy Nghệ An sơ kết công tác nội chính\uFFFD", document.Title);
        Assert.Equal("Sáng 14/7, Tỉnh ủy\uFFFD tổ chức hội nghị sơ kết công tác nội chính.", document.Paragraphs[0]);
        Assert.Contains(
            "invalid Unicode: 3 characters replaced with U+FFFD "
            + "(U+FFFE at line 1, column 42; U+FFFF at line 3, column 19; U+1FFFE at line 4, column 10)",
            document.Warnings);
    }

    [Fact]
    public void SaysWhichLinesOfAMixedEncodingFileWereNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.UTF8.GetBytes("Tỉnh ủy Nghệ An sơ kết công tác nội chính\n\n15/07/2022\n\n")
            .Concat(Encoding.GetEncoding(1258).GetBytes(
                "Sa\u0301ng 14/7, Ti\u0309nh u\u0309y t\u00F4\u0309 ch\u01B0\u0301c h\u00F4\u0323i nghi\u0323."))
            .ToArray();

        var document = Parsing.Parse(bytes);

        Assert.Equal("Sáng 14/7, Tỉnh ủy tổ chức hội nghị.", document.Paragraphs[0]);
        var warning = Assert.Single(document.Warnings, w => w.StartsWith("mixed encoding", StringComparison.Ordinal));
        Assert.Equal("mixed encoding: 1 line is not UTF-8 (line 5: 10 bytes not UTF-8, read as windows-1258)", warning);
    }

    [Fact]
    public void RefusesAFileWithNeitherTitleNorBody()
    {
        var text = Parsing.Lines("15/07/2022", "***");

        var (document, problem) = DocumentParser.Parse("dateline-only.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(document);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void GivesAStableIdThatDependsOnTheFileName()
    {
        var bytes = Encoding.UTF8.GetBytes(ProvincialMeeting);

        var first = Parsing.Parse(bytes, "a.txt");
        var again = Parsing.Parse(bytes, "a.txt");
        var other = Parsing.Parse(bytes, "b.txt");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Matches("^[a-z0-9-]+$", first.Id);
    }

    /// <summary>Everything the importer reads from the text, as JSON, without what depends on the bytes.</summary>
    private static string Extracted(ArchiveDocument document) =>
        JsonSerializer.Serialize(document with { Sha256 = "", Bytes = 0, Encoding = "" }, JsonFile.Options);

    /// <summary>
    /// How Windows-1258 spells Vietnamese: letters with their shape (â, ơ, ư, đ) precomposed, the tone as a
    /// separate combining mark, since the code page has no precomposed toned letters for most vowels.
    /// </summary>
    private static string Windows1258Spelling(string text)
    {
        var spelled = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.FirstOrDefault(p => p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            if (tone == default)
            {
                spelled.Append(c);
                continue;
            }
            spelled.Append(parts.Replace(tone.ToString(), "").Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return spelled.ToString();
    }
}
