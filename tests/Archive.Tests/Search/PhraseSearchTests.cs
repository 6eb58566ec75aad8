using System.Text;
using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// A quoted phrase is searched as syllable pairs (half the positions to read, or none); it
/// must still match only where the words stand together and in order, whatever its length.
/// </summary>
public sealed class PhraseSearchTests : IDisposable
{
    private readonly TempFolder source = new();
    private readonly TempFolder work = new();
    private readonly ArchiveIndex index;

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["together.txt"] = "Giữ vững an ninh trật tự dịp Tết\n\n02/01/2024\n\n" +
            "Ngày 1/1/2024, Công an tỉnh triển khai kế hoạch bảo đảm an ninh trật tự trên địa bàn.",
        ["border.txt"] = "Giữ an ninh trật tự vùng biên\n\n04/01/2024\n\n" +
            "Ngày 3/1/2024, đồn biên phòng bàn kế hoạch giữ an ninh trật tự ở vùng biên.",
        ["shuffled.txt"] = "Hội nghị triển khai kế hoạch năm\n\n03/01/2024\n\n" +
            "Ngày 2/1/2024, bàn kế hoạch triển khai; trên địa bàn, an ninh bảo đảm trật tự.",
        ["reversed.txt"] = "Tăng cường trật tự, an ninh khu dân cư\n\n05/02/2024\n\n" +
            "Ngày 4/2/2024, Công an huyện yêu cầu giữ trật tự an ninh ở các khu dân cư.",
        ["apart.txt"] = "Bàn giải pháp bảo vệ an ninh quốc gia\n\n08/03/2024\n\n" +
            "Ngày 7/3/2024, hội nghị bàn về an ninh quốc gia và giữ gìn trật tự xã hội ở vùng biên.",
    };

    public PhraseSearchTests()
    {
        foreach (var (name, text) in Texts) File.WriteAllText(source.File(name), text, new UTF8Encoding(false));
        IndexPublisher.Import(source.Path, work.File("index"));
        index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);
    }

    private List<string> Find(string query) =>
        index.Search(new SearchRequest { Query = query })
            .Hits.Select(h => index.Find(h.Id)!.SourceFile)
            .Order()
            .ToList();

    [Theory]
    [InlineData("\"an ninh trật tự\"", "border.txt together.txt")]
    [InlineData("\"an ninh trat tu\"", "border.txt together.txt")]
    [InlineData("\"an ninh trật\"", "border.txt together.txt")]
    [InlineData("\"bảo đảm an ninh trật tự\"", "together.txt")]
    [InlineData("\"kế hoạch bảo đảm an ninh trật tự\"", "together.txt")]
    [InlineData("\"triển khai kế hoạch bảo đảm an ninh trật tự trên địa bàn\"", "together.txt")]
    // Longer than four syllables: the last ones ("trên", not "ở") decide.
    [InlineData("\"AN NINH TRẬT TỰ TRÊN\"", "together.txt")]
    [InlineData("\"bảo đảm an ninh trật tự trên\"", "together.txt")]
    [InlineData("\"an ninh tra\u0323\u0302t tu\u031b\u0323 tre\u0302n\"", "together.txt")]
    [InlineData("\"an ninh trật tự ở\"", "border.txt")]
    public void MatchesOnlyWhereTheWordsStandTogetherInOrder(string phrase, string expected)
    {
        Assert.Equal(expected.Split(' '), Find(phrase));
    }

    [Fact]
    public void MatchesATwoSyllablePhraseWhereverItStands()
    {
        Assert.Equal(["apart.txt", "border.txt", "reversed.txt", "shuffled.txt", "together.txt"], Find("\"an ninh\""));
        Assert.Equal(["reversed.txt"], Find("\"trật tự an ninh\""));
    }

    [Theory]
    [InlineData("\"trật tự an ninh\"", "reversed.txt")]
    [InlineData("\"an ninh trật tự\"", "together.txt")]
    public void MatchesAPhraseInTheTitleAlone(string phrase, string expected)
    {
        // Bodies that do not hold the phrase: only the title's pairs can match it.
        using var titleOnly = new TempFolder();
        using var indexFolder = new TempFolder();
        File.WriteAllText(
            titleOnly.File(expected),
            Texts[expected].Split("\n\n")[0] + "\n\n02/01/2024\n\nNgày 1/1/2024, hội nghị bàn công tác năm.",
            new UTF8Encoding(false));
        File.WriteAllText(
            titleOnly.File("other.txt"),
            "Hội nghị về trật tự đô thị và an ninh mạng\n\n03/01/2024\n\nNgày 2/1/2024, hội nghị bàn công tác năm.",
            new UTF8Encoding(false));
        IndexPublisher.Import(titleOnly.Path, indexFolder.File("index"));
        using var titled = ArchiveIndex.Open(indexFolder.File("index"), SearchEngine.Compare);

        var hits = titled.Search(new SearchRequest { Query = phrase }).Hits;

        Assert.Equal([expected], hits.Select(h => titled.Find(h.Id)!.SourceFile));
    }

    [Fact]
    public void RanksWordsStandingTogetherInTheTitleFirst()
    {
        // The same body; the shorter title would rank first on its words alone.
        using var folder = new TempFolder();
        using var indexFolder = new TempFolder();
        const string body = "\n\n02/01/2024\n\nNgày 1/1/2024, hội nghị bàn công tác năm.";
        File.WriteAllText(
            folder.File("together.txt"),
            "Hội nghị bàn giải pháp giữ trật tự an ninh" + body,
            new UTF8Encoding(false));
        File.WriteAllText(folder.File("apart.txt"), "Trật tự đô thị và an ninh" + body, new UTF8Encoding(false));
        IndexPublisher.Import(folder.Path, indexFolder.File("index"));
        using var titled = ArchiveIndex.Open(indexFolder.File("index"), SearchEngine.Compare);

        var ranked = titled.Search(new SearchRequest { Query = "trật tự an ninh" })
            .Hits.Select(h => titled.Find(h.Id)!.SourceFile);

        Assert.Equal(["together.txt", "apart.txt"], ranked);
    }

    public void Dispose()
    {
        index.Dispose();
        work.Dispose();
        source.Dispose();
    }
}
