using System.Text;
using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// Small news texts written to test one search rule each, imported into a real index in a temp
/// folder once per test class. Titles stay clear of the words the tests search for, so bodies decide.
/// </summary>
public sealed class SearchCorpus : IDisposable
{
    // "tham nhũng" as one expression, and "tham" and "nhũng" far apart in a text of the same size.
    public const string Together = "together.txt";
    public const string Scattered = "scattered.txt";
    // Old tone placement ("ma tuý", "khoá XI"), and a text on the same subject in the new one.
    public const string OldTones = "old-tones.txt";
    public const string Drugs = "drugs.txt";
    // Saved decomposed (NFD).
    public const string Decomposed = "nfd.txt";
    // One directive cited by code and by type and number; a text with the same words and number but no citation.
    public const string CodeCited = "code-cited.txt";
    public const string NumberCited = "number-cited.txt";
    public const string SameWordsNoCitation = "same-words.txt";
    // "những" (many) and "nhũng" (harass), which fold to the same word.
    public const string Nhung = "nhung-many.txt";
    public const string Undated = "undated.txt";
    public const string Markup = "markup.txt";

    private static readonly Dictionary<string, string> Texts = new()
    {
        [Together] = """
            Sơ kết công tác nội chính quý I

            12/03/2019

            Ngày 11/3/2019, Ban Nội chính Tỉnh ủy tổ chức hội nghị sơ kết công tác nội chính quý I năm 2019.

            Hội nghị đánh giá kết quả phòng, chống tham nhũng trên địa bàn tỉnh và đề ra nhiệm vụ thời gian tới.

            Minh Anh
            """,
        [Scattered] = """
            Giao ban công tác tư pháp 6 tháng đầu năm

            21/05/2020

            Ngày 20/5/2020, Ban Nội chính Thành ủy tổ chức hội nghị giao ban công tác tư pháp 6 tháng đầu năm 2020.

            Các đơn vị tham gia đầy đủ. Hội nghị yêu cầu xử lý nghiêm hành vi nhũng nhiễu người dân khi giải quyết thủ tục.
            """,
        [OldTones] = """
            Quán triệt chỉ thị về phòng, chống ma tuý

            08/09/2021

            Ngày 7/9/2021, Công an tỉnh tổ chức hội nghị quán triệt Chỉ thị số 36-CT/TW của Bộ Chính trị (khoá XI) về phòng, chống ma tuý.

            Đường dây mua bán ma tuý xuyên tỉnh bị triệt phá; tội phạm ma tuý bị xử lý nghiêm. Lực lượng công an tăng cường tấn công tội phạm ma tuý trên các tuyến đường dây.
            """,
        [Drugs] = """
            Triệt phá đường dây mua bán ma túy

            15/10/2021

            Ngày 14/10/2021, Công an tỉnh đã triệt phá đường dây mua bán ma túy lớn.

            Đường dây ma túy do các đối tượng tổ chức; tội phạm ma túy bị bắt giữ. Công an tỉnh tiếp tục đấu tranh với tội phạm ma túy và các đường dây khác.
            """,
        [Decomposed] = """
            Triệt xóa ổ nhóm đánh bạc ở vùng ven

            03/04/2018

            Ngày 2/4/2018, Công an huyện đã triệt xóa ổ nhóm đánh bạc quy mô lớn ở vùng ven đô.

            Các đối tượng đánh bạc qua mạng đã bị khởi tố để điều tra theo quy định của pháp luật.
            """,
        [CodeCited] = """
            Thực hiện quy chế phân cấp quản lý cán bộ

            06/06/2022

            Ngày 5/6/2022, Ban Tổ chức Tỉnh ủy tổ chức hội nghị triển khai Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ.

            Các cấp ủy rà soát quy trình bổ nhiệm cán bộ theo đúng thẩm quyền.
            """,
        [NumberCited] = """
            Rà soát quy hoạch cán bộ nhiệm kỳ mới

            10/08/2022

            Ngày 9/8/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị rà soát quy hoạch cán bộ.

            Đồng chí Lê Thị Mai, Bí thư Huyện ủy chủ trì hội nghị.

            Hội nghị thống nhất thực hiện nghiêm Quy định 105 của Bộ Chính trị về phân cấp quản lý cán bộ, bảo đảm dân chủ, khách quan.
            """,
        [SameWordsNoCitation] = """
            Hội nghị tổng kết công tác quy hoạch

            20/11/2022

            Ngày 19/11/2022, Ban Tổ chức Thành ủy tổ chức hội nghị tổng kết công tác quy hoạch với 105 đại biểu dự.

            Hội nghị quyết định khen thưởng các tập thể có thành tích, theo quy định về thi đua khen thưởng.
            """,
        [Nhung] = """
            Gặp mặt cựu chiến binh tiêu biểu

            02/02/2023

            Ngày 1/2/2023, Ủy ban Mặt trận Tổ quốc tỉnh tổ chức gặp mặt những cựu chiến binh tiêu biểu.

            Các cựu chiến binh có đóng góp lớn cho phong trào thi đua ở địa phương và được tặng quà.
            """,
        [Undated] = """
            Chấn chỉnh lề lối làm việc ở cơ sở

            Ủy ban nhân dân xã đã chấn chỉnh lề lối làm việc, xử lý cán bộ có hành vi nhũng nhiễu trong giải quyết hồ sơ.

            Người đứng đầu phải chịu trách nhiệm khi để xảy ra sai phạm ở đơn vị mình.
            """,
        [Markup] = """
            Cảnh báo thủ đoạn mạo danh trên mạng xã hội

            14/12/2020

            Ngày 13/12/2020, Công an thành phố đã cảnh báo thủ đoạn lừa đảo mạo danh "Công ty A&B" gửi đường dẫn <script>alert(1)</script> cho người dân.

            Người dân không bấm vào đường dẫn lạ và báo ngay cho cơ quan công an khi bị lừa đảo.
            """,
    };

    private readonly TempFolder source = new();
    private readonly TempFolder work = new();
    private readonly Dictionary<string, string> ids;

    public SearchCorpus()
    {
        foreach (var (name, text) in Texts)
        {
            var form = name == Decomposed ? NormalizationForm.FormD : NormalizationForm.FormC;
            System.IO.File.WriteAllText(source.File(name), text.Normalize(form), new UTF8Encoding(false));
        }
        IndexPublisher.Import(source.Path, work.File("index"));
        Index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
        ids = FolderImport.Read(source.Path).Select(r => r.Imported).OfType<ImportedFile>()
            .ToDictionary(f => f.Document.SourceFile, f => f.Document.Id);
    }

    public ArchiveIndex Index { get; }

    public string SourceFolder => source.Path;

    public int Count => Texts.Count;

    public string Id(string file) => ids[file];

    /// <summary>The file each id came from, so a failing assertion names the texts.</summary>
    public string File(string id) => ids.Single(pair => pair.Value == id).Key;

    public void Dispose()
    {
        Index.Dispose();
        work.Dispose();
        source.Dispose();
    }
}
