using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Extraction;

public sealed class DirectiveRelationsTests
{
    private static List<(string From, RelationKind Kind, string To, int? Years)> Stated(string sentence) =>
        DirectiveRelations.InSentences(DirectiveExtraction.FindEach([sentence]))
            .Select(r => (r.From, r.Kind, r.To, r.Years)).ToList();

    [Theory]
    [InlineData(
        "Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW " +
        "ngày 15/7/2016 của Ban Bí thư.",
        "26-KH/TU", "05-KL/TW")]
    [InlineData(
        "Huyện ủy xây dựng Chương trình hành động số 07-CTr/HU ngày 3/3/2022 triển khai thực hiện " +
        "Nghị quyết số 12-NQ/TU của Tỉnh ủy.",
        "07-CTr/HU", "12-NQ/TU")]
    [InlineData(
        "Đảng ủy ban hành Kế hoạch số 41-KH/ĐU quán triệt, triển khai thực hiện Chỉ thị số 04-CT/TW " +
        "của Ban Bí thư.",
        "41-KH/ĐU", "04-CT/TW")]
    [InlineData(
        "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy " +
        "đã ban hành Kế hoạch số 50-KH/TU.",
        "50-KH/TU", "21-KL/TW")]
    public void ReadsWhichDirectiveCarriesOutWhich(string sentence, string from, string to)
    {
        var relations = Stated(sentence);

        Assert.Equal([(from, RelationKind.CarriesOut, to, null)], relations);
    }

    [Fact]
    public void ReadsAContinuationInTheSubjectOfTheFirstReference()
    {
        var sentence = "Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW ngày 15/7/2016 " +
            "của Ban Bí thư về việc tiếp tục đẩy mạnh thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị.";

        var relations = Stated(sentence);

        Assert.Equal(
            [
                ("26-KH/TU", RelationKind.CarriesOut, "05-KL/TW", null),
                ("05-KL/TW", RelationKind.Continues, "48-CT/TW", null),
            ],
            relations);
    }

    [Fact]
    public void ReadsAReviewWithItsYears()
    {
        var sentence = "Ban Thường vụ Tỉnh ủy ban hành Báo cáo số 112-BC/TU sơ kết 5 năm thực hiện " +
            "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.";

        var relations = Stated(sentence);

        Assert.Equal([("112-BC/TU", RelationKind.Reviews, "35-NQ/TW", 5)], relations);
    }

    [Fact]
    public void ReadsAReviewWithoutYears()
    {
        var sentence = "Kế hoạch số 88-KH/TU tổng kết việc thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư được ban hành.";

        var relations = Stated(sentence);

        Assert.Equal([("88-KH/TU", RelationKind.Reviews, "33-CT/TW", null)], relations);
    }

    [Theory]
    [InlineData(
        "Quyết định số 20-QĐ/TW thay thế Quyết định số 15-QĐ/TW ngày 28/8/2006 của Bộ Chính trị.",
        RelationKind.Replaces, "20-QĐ/TW", "15-QĐ/TW")]
    [InlineData(
        "Quy định số 15-QĐ/TW ngày 28/8/2006 đã được thay thế bởi Quy định số 20-QĐ/TW của Bộ Chính trị.",
        RelationKind.Replaces, "20-QĐ/TW", "15-QĐ/TW")]
    [InlineData(
        "Nghị định số 124/2015/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 185/2013/NĐ-CP.",
        RelationKind.Amends, "124/2015/NĐ-CP", "185/2013/NĐ-CP")]
    [InlineData(
        "Công ty vi phạm Điều 81 của Nghị định số 185/2013/NĐ-CP được sửa đổi, bổ sung tại Nghị định số " +
        "124/2015/NĐ-CP ngày 19/11/2015 của Chính phủ.",
        RelationKind.Amends, "124/2015/NĐ-CP", "185/2013/NĐ-CP")]
    [InlineData(
        "Quyết định số 99-QĐ/TU bãi bỏ Quyết định số 45-QĐ/TU ngày 2/3/2015 của Ban Thường vụ Tỉnh ủy.",
        RelationKind.Repeals, "99-QĐ/TU", "45-QĐ/TU")]
    [InlineData(
        "Thông tư số 12/2016/TT-BTC hết hiệu lực kể từ ngày Thông tư số 30/2020/TT-BTC có hiệu lực.",
        RelationKind.Repeals, "30/2020/TT-BTC", "12/2016/TT-BTC")]
    [InlineData(
        "Ban Tổ chức Trung ương ban hành Hướng dẫn số 02-HD/BTCTW hướng dẫn thực hiện Quy định số 105-QĐ/TW.",
        RelationKind.Guides, "02-HD/BTCTW", "105-QĐ/TW")]
    [InlineData(
        "Quy định số 105-QĐ/TW được hướng dẫn tại Hướng dẫn số 02-HD/BTCTW của Ban Tổ chức Trung ương.",
        RelationKind.Guides, "02-HD/BTCTW", "105-QĐ/TW")]
    [InlineData(
        "Ban Bí thư ban hành Kết luận số 05-KL/TW về tiếp tục thực hiện Chỉ thị số 48-CT/TW của Bộ Chính trị.",
        RelationKind.Continues, "05-KL/TW", "48-CT/TW")]
    [InlineData(
        "Bên thế chấp giữ tài sản theo Nghị định số 163/2006/NĐ-CP (sửa đổi, bổ sung bởi Nghị định số " +
        "11/2012/NĐ-CP) về giao dịch bảo đảm.",
        RelationKind.Amends, "11/2012/NĐ-CP", "163/2006/NĐ-CP")]
    [InlineData(
        "Cơ sở được cấp phép theo Nghị định số 15/2016/NĐ-CP (sửa đổi Nghị định số 79/2012/NĐ-CP) của Chính phủ.",
        RelationKind.Amends, "15/2016/NĐ-CP", "79/2012/NĐ-CP")]
    [InlineData(
        "Cần thống nhất Nghị định số 11/2012/NĐ-CP, ngày 22/2/2012, sửa đổi, bổ sung một số điều của " +
        "Nghị định số 163/2006/NĐ-CP.",
        RelationKind.Amends, "11/2012/NĐ-CP", "163/2006/NĐ-CP")]
    [InlineData(
        "Hợp đồng theo Nghị định số 163/2006/NĐ-CP ngày 29/12/2006 về giao dịch bảo đảm (đã được sửa đổi, bổ sung " +
        "tại Nghị định số 11/2012/NĐ-CP ngày 22/2/2012) có hiệu lực.",
        RelationKind.Amends, "11/2012/NĐ-CP", "163/2006/NĐ-CP")]
    [InlineData(
        "Thủ tướng vừa ký Quyết định số 24/2017/QĐ-TTg, thay thế Quyết định số 69/2013/QĐ-TTg về giá xăng dầu.",
        RelationKind.Replaces, "24/2017/QĐ-TTg", "69/2013/QĐ-TTg")]
    [InlineData(
        "Chính phủ ban hành Nghị định số 15/2016/NĐ-CP, sửa đổi, bổ sung Nghị định số 79/2012/NĐ-CP.",
        RelationKind.Amends, "15/2016/NĐ-CP", "79/2012/NĐ-CP")]
    [InlineData(
        "Quy định số 10-QĐ/TU, được thay thế bởi Quy định số 22-QĐ/TU từ năm 2023, không còn áp dụng.",
        RelationKind.Replaces, "22-QĐ/TU", "10-QĐ/TU")]
    [InlineData(
        "Xe thế chấp theo Nghị định số 163/2006/NĐ-CP, và được sửa đổi, bổ sung tại Nghị định số 11/2012/NĐ-CP.",
        RelationKind.Amends, "11/2012/NĐ-CP", "163/2006/NĐ-CP")]
    public void ReadsEachKindTheRightWayRound(string sentence, RelationKind kind, string from, string to)
    {
        var relations = Stated(sentence);

        var relation = Assert.Single(relations);
        Assert.Equal((from, kind, to), (relation.From, relation.Kind, relation.To));
    }

    [Theory]
    [InlineData("Các cấp ủy quán triệt Chỉ thị số 38-CT/TW và Chỉ thị số 12-CT/TW của Ban Bí thư.")]
    [InlineData(
        "Tiếp tục tuyên truyền, phổ biến Chỉ thị số 38-CT/TW ngày 19/9/2019 của Ban Bí thư; Chỉ thị số 12-CT/TW " +
        "ngày 05/01/2022 của Ban Bí thư.")]
    [InlineData(
        "Thực hiện Nghị định số 178/2024/NĐ-CP ngày 31/12/2024, Nghị định số 67/2025/NĐ-CP ngày 15/3/2025 " +
        "của Chính phủ, tỉnh đã giải quyết chế độ.")]
    [InlineData(
        "Tỉnh ủy ban hành Kế hoạch số 26-KH/TU, đồng thời các huyện tiếp tục thực hiện Chỉ thị số 48-CT/TW.")]
    [InlineData(
        "Theo Nghị quyết số 46/NQ-CP của Chính phủ thì việc thực hiện chính sách hỗ trợ theo Quyết định số " +
        "22/2013/QĐ-TTg đã kết thúc.")]
    [InlineData(
        "Chỉ thị số 05-CT/TW của Bộ Chính trị yêu cầu các cấp ủy thực hiện Nghị quyết số 12-NQ/TW.")]
    [InlineData(
        "Kết luận số 01-KL/TW về \"tiếp tục thực hiện Chỉ thị 05\" được ban hành cùng Quy định số 08-QĐ/TW.")]
    [InlineData(
        "Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW, Chỉ thị số 24-CT/TW của Ban Bí thư.")]
    [InlineData(
        "Trường hợp thuộc Nghị định số 59/2019/NĐ-CP (xem thêm hướng dẫn tại Thông tư số 12/2020/TT-BNV) được miễn.")]
    [InlineData(
        "Thực hiện Nghị định số 59/2019/NĐ-CP và (theo đề nghị của Sở) sửa đổi Quyết định số 14/2020/QĐ-UBND.")]
    [InlineData("Quyết định số 30-QĐ/TU giao các huyện ủy thực hiện Chỉ thị số 12-CT/TW.")]
    [InlineData("Các chi bộ đã quán triệt Chỉ thị số 05-CT/TW, triển khai thực hiện Kết luận số 01-KL/TW.")]
    [InlineData("Sở đã phổ biến Nghị định số 15/2016/NĐ-CP, hướng dẫn thực hiện Thông tư số 10/2020/TT-BCA.")]
    [InlineData("Tỉnh sơ kết Nghị quyết số 12-NQ/TU, tiếp tục thực hiện Nghị quyết số 26-NQ/TW trong năm tới.")]
    [InlineData("Nghị định số 15/2016/NĐ-CP, Quyết định số 20/2018/QĐ-TTg, sửa đổi Thông tư số 12/2016/TT-BTC.")]
    [InlineData("Tỉnh đã thực hiện Nghị định số 15/2016/NĐ-CP và sửa đổi Quyết định số 14/2020/QĐ-UBND.")]
    public void RelatesNothingWhenTheSentenceOnlyMentionsBoth(string sentence)
    {
        var relations = Stated(sentence);

        Assert.Empty(relations);
    }

    [Fact]
    public void ReadsEverySentenceOfADocumentNotOnlyTheFirstCitingEachDirective()
    {
        var paragraphs = new[]
        {
            "Ban Bí thư ban hành Kết luận số 01-KL/TW về học tập và làm theo Bác.",
            "Thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 47-KH/TU.",
        };

        var relations = DirectiveRelations.InSentences(DirectiveExtraction.FindEach(paragraphs));

        var relation = Assert.Single(relations);
        Assert.Equal(("47-KH/TU", RelationKind.CarriesOut, "01-KL/TW"), (relation.From, relation.Kind, relation.To));
        Assert.Equal(paragraphs[1], relation.Sentence);
    }

    [Fact]
    public void ReadsTheSecondPlaceOfAReferenceWrittenTwiceInOneSentence()
    {
        var sentence = "Xử phạt theo Nghị định số 109/2013/NĐ-CP và Nghị định số 49/2016/NĐ-CP sửa đổi, bổ sung " +
            "một số điều của Nghị định số 109/2013/NĐ-CP.";

        var relations = Stated(sentence);

        Assert.Equal([("49/2016/NĐ-CP", RelationKind.Amends, "109/2013/NĐ-CP", null)], relations);
    }

    [Fact]
    public void GivesARelationStatedInSeveralDocumentsOnceWithAllItsSentences()
    {
        var first = "Quyết định số 20-QĐ/TW thay thế Quyết định số 15-QĐ/TW.";
        var second = "Bộ Chính trị ban hành Quyết định số 20-QĐ/TW thay thế Quyết định số 15-QĐ/TW ngày 28/8/2006.";
        var stated = DirectiveRelations.InSentences(DirectiveExtraction.FindEach([first])).Select(r => ("a", r))
            .Concat(DirectiveRelations.InSentences(DirectiveExtraction.FindEach([second])).Select(r => ("b", r)))
            .Concat(DirectiveRelations.InSentences(DirectiveExtraction.FindEach([second])).Select(r => ("b", r)));

        var relations = DirectiveRelations.Merge(stated);

        var relation = Assert.Single(relations);
        Assert.Equal(["a", "b"], relation.Sentences.Select(s => s.DocumentId));
        Assert.Equal([first, second], relation.Sentences.Select(s => s.Sentence));
    }
}
