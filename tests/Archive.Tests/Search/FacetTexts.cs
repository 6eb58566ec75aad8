using System.Text;

namespace Archive.Tests.Search;

/// <summary>
/// Seven meetings on anti-corruption work by two bodies (the inspection body is Quảng Ninh province's),
/// in months and years chosen so that each facet filter keeps a different set: what the facet tests
/// search, through the index and through the site.
/// </summary>
public static class FacetTexts
{
    public const string Internal = "Ban Nội chính Tỉnh ủy";
    public const string Inspection = "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh";

    /// <summary>
    /// name → (meeting day or null, body, directive cited). Internal affairs: a 2021-03 and c 2021-07
    /// citing a conclusion (c also a directive), d 2022-05 citing nothing, f undated. Inspection: b 2021-03
    /// citing a directive, e 2022-05 citing a conclusion, g 2016-01 citing nothing.
    /// </summary>
    public static readonly (string Name, DateOnly? Day, string Body, string Cites)[] Meetings =
    [
        ("a", new DateOnly(2021, 3, 5), Internal, "triển khai Kết luận số 12-KL/TW về"),
        ("b", new DateOnly(2021, 3, 19), Inspection, "kiểm tra việc thực hiện Chỉ thị số 35-CT/TW về"),
        ("c", new DateOnly(2021, 7, 2), Internal, "sơ kết Kết luận số 12-KL/TW và Chỉ thị số 35-CT/TW về"),
        ("d", new DateOnly(2022, 5, 10), Internal, "bàn"),
        ("e", new DateOnly(2022, 5, 24), Inspection, "quán triệt Kết luận số 21-KL/TW về"),
        ("f", null, Internal, "bàn"),
        ("g", new DateOnly(2016, 1, 11), Inspection, "giao ban, bàn"),
    ];

    public static void Write(string folder)
    {
        foreach (var (name, day, body, cites) in Meetings)
        {
            var text = day is { } d
                ? $"Hội nghị {name.ToUpperInvariant()} về phòng, chống tham nhũng\n\n{d.AddDays(1):dd/MM/yyyy}\n\n" +
                  $"Ngày {d.Day}/{d.Month}/{d.Year}, {body} tổ chức hội nghị {cites} công tác " +
                  "phòng, chống tham nhũng.\n"
                : $"Tăng cường phòng, chống tham nhũng ở cơ sở\n\n{body} đề nghị các cấp ủy {cites} công tác " +
                  "phòng, chống tham nhũng ở cơ sở.\n";
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text, new UTF8Encoding(false));
        }
    }
}
