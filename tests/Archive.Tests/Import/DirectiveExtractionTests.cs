using Archive.Import;

namespace Archive.Tests.Import;

public sealed class DirectiveExtractionTests
{
    [Theory]
    [InlineData("32-KL/TW", "32-KL/TW")]
    [InlineData("32-KL/TƯ", "32-KL/TW")]
    [InlineData("32 - KL/TW", "32-KL/TW")]
    [InlineData("32–KL/TW", "32-KL/TW")]
    [InlineData("32 – KL/TƯ", "32-KL/TW")]
    [InlineData("105-QĐ/TW", "105-QĐ/TW")]
    [InlineData("105-QD/TW", "105-QĐ/TW")]
    [InlineData("105-Q\u00D0/TW", "105-QĐ/TW")]
    [InlineData("26-KH/TU", "26-KH/TU")]
    [InlineData("07-CTr/TU", "07-CTr/TU")]
    [InlineData("123/QĐ-TTg", "123/QĐ-TTg")]
    [InlineData("15/2020/NĐ-CP", "15/2020/NĐ-CP")]
    [InlineData("15 /2020/NĐ-CP", "15/2020/NĐ-CP")]
    [InlineData("15/ 2020 /NĐ-CP", "15/2020/NĐ-CP")]
    public void CanonicalizesWrittenVariantsOfACode(string written, string canonical)
    {
        var code = DirectiveExtraction.CanonicalCode(written);

        Assert.Equal(canonical, code);
    }

    [Fact]
    public void CanonicalizesDecomposedCodes()
    {
        var decomposed = "105-QĐ/TƯ".Normalize(System.Text.NormalizationForm.FormD);

        var code = DirectiveExtraction.CanonicalCode(decomposed);

        Assert.Equal("105-QĐ/TW", code);
    }

    [Theory]
    [InlineData("Covid-19")]
    [InlineData("2021-2026")]
    [InlineData("31/3/2021")]
    [InlineData("khóa XIII")]
    public void RejectsTextThatIsNotACode(string written)
    {
        var code = DirectiveExtraction.CanonicalCode(written);

        Assert.Null(code);
    }

    [Fact]
    public void ReadsTypeNumberIssuerDateAndIssuingBody()
    {
        var text = "Tỉnh ủy quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị về tình hình an ninh trật tự.";

        var directives = DirectiveExtraction.Find([text]);

        var directive = Assert.Single(directives);
        Assert.Equal("32-KL/TW", directive.Code);
        Assert.Equal("Kết luận", directive.Type);
        Assert.Equal("32", directive.Number);
        Assert.Equal("TW", directive.Issuer);
        Assert.Equal(new DateOnly(2018, 7, 5), directive.Date);
        Assert.Equal("Bộ Chính trị", directive.IssuingBody);
        Assert.Equal("Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị", directive.Mention);
    }

    [Theory]
    [InlineData("Tỉnh ủy quán triệt Kết luận số 32 - KL/TƯ ngày 5/7/2018 của Bộ Chính trị.", "32-KL/TW")]
    [InlineData("Tỉnh ủy quán triệt Kết luận số 32–KL/TW ngày 5/7/2018 của Bộ Chính trị.", "32-KL/TW")]
    [InlineData("Các cấp ủy thực hiện Quy định số 105-QD/TW của Ban Chấp hành Trung ương.", "105-QĐ/TW")]
    [InlineData("Các cấp ủy thực hiện Quy định số 105-Q\u00D0/TW của Ban Chấp hành Trung ương.", "105-QĐ/TW")]
    public void FindsCodesWrittenInVariantFormsInRunningText(string text, string canonical)
    {
        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal(canonical, Assert.Single(directives).Code);
    }

    [Fact]
    public void KeepsOneEntryPerDistinctDirective()
    {
        var paragraphs = new[]
        {
            "Tỉnh ủy quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị.",
            "Các cấp triển khai Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị; sau đó quán triệt Kết luận số 32 của Bộ Chính trị.",
            "Kết luận 32-KL/TƯ được triển khai tới chi bộ.",
        };

        var directives = DirectiveExtraction.Find(paragraphs);

        var directive = Assert.Single(directives);
        Assert.Equal("32-KL/TW", directive.Code);
        Assert.Equal(new DateOnly(2018, 7, 5), directive.Date);
    }

    [Fact]
    public void KeepsTheSameCodeWithDifferentDatesAsTwoDirectives()
    {
        var text = "Nghị quyết số 05-NQ/TU ngày 10/3/2016 của Ban Thường vụ Tỉnh ủy đã hết hiệu lực, " +
                   "nay thực hiện Nghị quyết số 05-NQ/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy.";

        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal(2, directives.Count);
        Assert.All(directives, d => Assert.Equal("05-NQ/TU", d.Code));
        Assert.Equal([new DateOnly(2016, 3, 10), new DateOnly(2021, 4, 12)], directives.Select(d => d.Date!.Value).Order());
    }

    [Fact]
    public void FindsUncodedMentionsWithoutACode()
    {
        var text = "Các cấp tiếp tục thực hiện Nghị quyết 15, Chỉ thị 15 của Ban Thường vụ Thành ủy và Quy định 11 của Trung ương.";

        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal(["Nghị quyết 15", "Chỉ thị 15", "Quy định 11"], directives.Select(d => $"{d.Type} {d.Number}"));
        Assert.All(directives, d => Assert.Null(d.Code));
        Assert.Equal("Ban Thường vụ Thành ủy", directives[1].IssuingBody);
    }

    [Fact]
    public void DoesNotReadAYearAsADirectiveNumber()
    {
        var text = "Đây là Kế hoạch 2023 của Ban Nội chính Tỉnh ủy.";

        var directives = DirectiveExtraction.Find([text]);

        Assert.Empty(directives);
    }

    [Fact]
    public void ReadsStateDocumentCodes()
    {
        var text = "Thực hiện Quyết định số 123/QĐ-TTg ngày 2/2/2022 của Thủ tướng Chính phủ và Nghị định 15/2020/NĐ-CP.";

        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal(["123/QĐ-TTg", "15/2020/NĐ-CP"], directives.Select(d => d.Code));
        Assert.Equal("Thủ tướng Chính phủ", directives[0].IssuingBody);
        Assert.Equal(new DateOnly(2022, 2, 2), directives[0].Date);
    }

    [Fact]
    public void DatesADirectiveTheLeadSaysWasIssuedByTheLeadsDate()
    {
        var lead = "Ngày 14/3/2022, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 41-KH/TU thực hiện Kết luận số 05-KL/TW ngày 15/7/2016 của Ban Bí thư.";
        var found = DirectiveExtraction.Find([lead]);

        var dated = DirectiveExtraction.DateIssuedInLead(found, lead, new DateOnly(2022, 3, 14), "Ban Thường vụ Tỉnh ủy");

        var plan = Assert.Single(dated, d => d.Code == "41-KH/TU");
        Assert.Equal(new DateOnly(2022, 3, 14), plan.Date);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", plan.IssuingBody);
        var conclusion = Assert.Single(dated, d => d.Code == "05-KL/TW");
        Assert.Equal(new DateOnly(2016, 7, 15), conclusion.Date);
        Assert.Equal("Ban Bí thư", conclusion.IssuingBody);
    }
}
