using System.Text;
using Archive.Extraction;
using CsCheck;

namespace Archive.Tests.Reliability;

/// <summary>The importer survives any bytes: it returns a document or a reason, never an exception.</summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Lines =
    [
        "Thứ Tư, 31/03/2021, 17:07 [GMT+7]", "Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức Hội nghị.",
        "Ngày 17/7,", "Đồng chí ", "Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị", "32-KL/TW", "Chỉ thị 15",
        "(LĐTĐ)", "Theo ", "Nguồn :", "51", "M", "ông Phan Đình Trạc, Trưởng Ban", "ngày 20 tháng 1 năm 2023",
        "<script>alert(1)</script>", "**", ".", "\u00a0", "99/99/9999", "29/2/2021",
        "Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW", "của", "về", ",", "", "\r", "Ð",
    ];

    [Fact]
    public void ParsingNeverThrowsOnAnyText()
    {
        var documents = Gen.Select(Gen.Int[0, Lines.Length - 1].Array[0, 15], Gen.String[0, 40])
            .Select((picks, noise) => string.Join("\n", picks.Select(i => Lines[i])) + noise);

        documents.Sample(text =>
        {
            var (document, problem) = DocumentParser.Parse("fuzz.txt", Encoding.UTF8.GetBytes(text));
            return (document is null) != (problem is null);
        }, iter: 3000);
    }

    [Fact]
    public void ParsingNeverThrowsOnAnyBytes()
    {
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var (document, problem) = DocumentParser.Parse("bytes.txt", bytes);
            return (document is null) != (problem is null);
        }, iter: 3000);
    }
}
