using Archive.Extraction;


namespace Archive.Tests.Extraction;

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
    [InlineData("12- NQ/TW", "12-NQ/TW")]
    [InlineData("12 -NQ/TƯ", "12-NQ/TW")]
    [InlineData("12/NQ-TW", "12-NQ/TW")]
    [InlineData("07-Ctr/TU", "07-CTr/TU")]
    [InlineData("05-QĐNS/TU", "05-QĐNS/TU")]
    [InlineData("15-NQ/BCSĐ", "15-NQ/BCSĐ")]
    [InlineData("02-HD/BTCTW", "02-HD/BTCTW")]
    [InlineData("2870-CVNS/UBKTTƯ", "2870-CVNS/UBKTTW")]
    [InlineData("59/2019/NĐ-CP", "59/2019/NĐ-CP")]
    [InlineData("12/CT-TTg", "12/CT-TTg")]
    [InlineData("12/CT-TTG", "12/CT-TTg")]
    [InlineData("45/UBND-VX", "45/UBND-VX")]
    [InlineData("1234/QĐ-UBND", "1234/QĐ-UBND")]
    [InlineData("1234/QD-UBND", "1234/QĐ-UBND")]
    [InlineData("53/QĐ-UBND-TC", "53/QĐ-UBND-TC")]
    [InlineData("86/TTr-BNV", "86/TTr-BNV")]
    [InlineData("59/2020/QH14", "59/2020/QH14")]
    [InlineData("59 / 2020 / QH14", "59/2020/QH14")]
    [InlineData("541/PC03", "541/PC03")]
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
    [InlineData("12/3 Nguyễn Huệ")]
    [InlineData("12/Nguyễn-Huệ")]
    [InlineData("0912.345.678")]
    [InlineData("51F-123.45")]
    [InlineData("3-KL/Việt")]
    [InlineData("4-XY/TW")]
    public void RejectsTextThatIsNotACode(string written)
    {
        var code = DirectiveExtraction.CanonicalCode(written);

        Assert.Null(code);
    }

    [Fact]
    public void ReadsTypeNumberIssuerDateAndIssuingBody()
    {
        var text = "Tỉnh ủy quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 " +
            "của Bộ Chính trị về tình hình an ninh trật tự.";

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
            "Các cấp triển khai Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị; " +
                "sau đó quán triệt Kết luận số 32 của Bộ Chính trị.",
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
        Assert.Equal(
            [new DateOnly(2016, 3, 10), new DateOnly(2021, 4, 12)],
            directives.Select(d => d.Date!.Value).Order());
    }

    [Fact]
    public void FindsUncodedMentionsWithoutACode()
    {
        var text = "Các cấp tiếp tục thực hiện Nghị quyết 15, " +
            "Chỉ thị 15 của Ban Thường vụ Thành ủy và Quy định 11 của Trung ương.";

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
        var text = "Thực hiện Quyết định số 123/QĐ-TTg ngày 2/2/2022 " +
            "của Thủ tướng Chính phủ và Nghị định 15/2020/NĐ-CP.";

        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal(["123/QĐ-TTg", "15/2020/NĐ-CP"], directives.Select(d => d.Code));
        Assert.Equal("Thủ tướng Chính phủ", directives[0].IssuingBody);
        Assert.Equal(new DateOnly(2022, 2, 2), directives[0].Date);
    }

    [Fact]
    public void DatesADirectiveTheLeadSaysWasIssuedByTheLeadsDate()
    {
        var lead = "Ngày 14/3/2022, Ban Thường vụ Tỉnh ủy " +
            "đã ban hành Kế hoạch số 41-KH/TU thực hiện Kết luận số 05-KL/TW ngày 15/7/2016 của Ban Bí thư.";
        var found = DirectiveExtraction.Find([lead]);

        var dated = DirectiveExtraction.DateIssuedInLead(
            found,
            lead,
            new DateOnly(2022, 3, 14),
            "Ban Thường vụ Tỉnh ủy");

        var plan = Assert.Single(dated, d => d.Code == "41-KH/TU");
        Assert.Equal(new DateOnly(2022, 3, 14), plan.Date);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", plan.IssuingBody);
        var conclusion = Assert.Single(dated, d => d.Code == "05-KL/TW");
        Assert.Equal(new DateOnly(2016, 7, 15), conclusion.Date);
        Assert.Equal("Ban Bí thư", conclusion.IssuingBody);
    }

    [Theory]
    [InlineData("Theo Kế hoạch số 12- NQ/TW và Chương trình 07-Ctr/TU, tỉnh đã làm xong.", "12-NQ/TW", "07-CTr/TU")]
    [InlineData(
        "Thủ tướng ban hành Chỉ thị số 12/CT-TTg và Chính phủ ban hành Nghị định 59/2019/NĐ-CP ngày 1/7/2019.",
        "12/CT-TTg",
        "59/2019/NĐ-CP")]
    [InlineData(
        "UBND tỉnh có văn bản số 45/UBND-VX, Sở ban hành Quyết định 1234/QĐ-UBND.",
        "45/UBND-VX",
        "1234/QĐ-UBND")]
    [InlineData("Luật số 59/2020/QH14 và Quyết định số 1616-QĐNS/TW đã có hiệu lực.", "59/2020/QH14", "1616-QĐNS/TW")]
    [InlineData(
        "Ban cán sự đảng có Nghị quyết 15-NQ/BCSĐ, Ban Tổ chức có Hướng dẫn 02-HD/BTCTW.",
        "15-NQ/BCSĐ",
        "02-HD/BTCTW")]
    public void FindsCodesOfEveryFormInRunningText(string text, string first, string second)
    {
        var directives = DirectiveExtraction.Find([text]);

        Assert.Equal([first, second], directives.Select(d => d.Code));
    }

    [Fact]
    public void FindsEverySpellingOfOneDocumentAsOneDirective()
    {
        var paragraphs = new[]
        {
            "Tỉnh ủy quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị.",
            "Các chi bộ học tập Nghị quyết 12- NQ/TƯ, tức Nghị quyết 12/NQ-TW.",
        };

        var directives = DirectiveExtraction.Find(paragraphs);

        Assert.Equal("12-NQ/TW", Assert.Single(directives).Code);
    }

    [Fact]
    public void GivesEveryCodeFoundInItsCanonicalFormSoTheDirectivePageFindsIt()
    {
        var text = "Thực hiện Nghị quyết 12/NQ-TW, Chương trình 07-Ctr/TƯ, Chỉ thị 12/CT-TTG, văn bản số 45/UBND-VX, " +
                   "Luật 59/2020/QH14 và Công văn số 541/PC03.";

        var codes = DirectiveExtraction.Find([text]).Select(d => d.Code!).ToList();

        Assert.Equal(6, codes.Count);
        Assert.All(codes, code => Assert.Equal(code, DirectiveExtraction.CanonicalCode(code)));
    }

    [Fact]
    public void ReadsABareNumberAndOfficeAsACodeOnlyAfterADocumentKindAndSo()
    {
        var text = "Tại Công văn số 541/PC03 ngày 3/4, điều tra viên Đội 4/PC03 đã làm việc với ông Lê Văn Tâm.";

        var directives = DirectiveExtraction.Find([text]);

        var directive = Assert.Single(directives);
        Assert.Equal("541/PC03", directive.Code);
        Assert.Equal("Công văn", directive.Type);
    }

    [Theory]
    [InlineData("Sáng 12/3/2024, đoàn đến số nhà 12/3 Nguyễn Huệ, phường Bến Nghé.")]
    [InlineData("Đường dây nóng 0912.345.678 hoặc 024.3825.1234 hoạt động suốt ngày 2-9.")]
    [InlineData("Đội nhà thắng 2-1, tỷ số hiệp một 1-0/2 lượt trận.")]
    [InlineData("Xe mang biển số 51F-123.45 và 29A-678.90 bị giữ lại.")]
    [InlineData("Theo Điều 12, khoản 2/Điều 5 Luật Cán bộ, công chức, giá 25.000 đồng/kg.")]
    [InlineData("Giai đoạn 2021-2025, tỷ lệ đạt 9/10 xã, COVID-19/SARS không còn.")]
    public void FindsNoCodeInDatesPhonesScoresAddressesPlatesOrArticles(string text)
    {
        var directives = DirectiveExtraction.Find([text]);

        Assert.DoesNotContain(directives, d => d.Code is not null);
    }

    [Fact]
    public void PointsTheEvidenceAtTheCodesFirstMention()
    {
        var text = Parsing.Lines(
            "Tỉnh ủy quán triệt nghị quyết",
            "Sáng 4/3, Tỉnh ủy Hòa Bình tổ chức hội nghị quán triệt.",
            "Hội nghị quán triệt Nghị quyết số 12- NQ/TW ngày 16/3/2022 của Bộ Chính trị. " +
                "Nghị quyết 12-NQ/TW được triển khai.");

        var document = Parsing.Parse(text);

        var evidence = Assert.Single(document.Evidence, e => e.Field == "directives");
        Assert.Equal("12-NQ/TW", evidence.Value);
        Assert.Equal(1, evidence.Index);
        Assert.Equal("Nghị quyết số 12- NQ/TW ngày 16/3/2022 của Bộ Chính trị", evidence.Quote);
        Assert.Equal(document.Paragraphs[1].IndexOf("Nghị quyết số 12-", StringComparison.Ordinal), evidence.Start);
    }
}
