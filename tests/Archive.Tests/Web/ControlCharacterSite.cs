using System.Text;

namespace Archive.Tests.Web;

/// <summary>A source whose title and body hold control characters, a few too few to make it binary.</summary>
public sealed class ControlCharacterSite() : WrittenSourcesSite(folder =>
    File.WriteAllText(Path.Combine(folder, "controls.txt"),
        "Hội nghị\u0001 về công tác\u0008 nội chính\n\n" +
        string.Concat(Enumerable.Repeat(
            "Ngày 5/3/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác phòng, chống tham nhũng. ", 8)) +
        "\n",
        new UTF8Encoding(false)));
