using System.Text.Json.Serialization;

namespace Archive.Model;

/// <summary>What one directive does to another, as a sentence citing both says.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationKind>))]
public enum RelationKind
{
    /// <summary>"Kế hoạch 26-KH/TU thực hiện Kết luận 05-KL/TW".</summary>
    CarriesOut,
    /// <summary>"Báo cáo 12-BC/TU sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW".</summary>
    Reviews,
    /// <summary>"Nghị định 124/2015/NĐ-CP sửa đổi, bổ sung Nghị định 185/2013/NĐ-CP".</summary>
    Amends,
    /// <summary>"Quyết định 20-QĐ/TW thay thế Quyết định 15-QĐ/TW".</summary>
    Replaces,
    /// <summary>"Quyết định 20-QĐ/TW bãi bỏ Quyết định 15-QĐ/TW", or 15 "hết hiệu lực" by 20.</summary>
    Repeals,
    /// <summary>"Hướng dẫn 02-HD/TW hướng dẫn thực hiện Quy định 105-QĐ/TW".</summary>
    Guides,
    /// <summary>"Kết luận 05-KL/TW về tiếp tục thực hiện Chỉ thị 48-CT/TW".</summary>
    Continues,
}

/// <summary>
/// A relation one sentence of a document states between two directives it cites: <see cref="From"/> does
/// <see cref="Kind"/> to <see cref="To"/>; <see cref="Years"/>, a review's "5 năm" when written.
/// </summary>
public sealed record StatedRelation(string From, RelationKind Kind, string To, int? Years, string Sentence);

/// <summary>
/// What the event a document reports (its meeting, plan or report) does to a directive it cites, as its title or
/// its lead's first sentence says: "Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW" reviews 35 after five
/// years. Only <see cref="RelationKind.CarriesOut"/>, <see cref="RelationKind.Reviews"/> and
/// <see cref="RelationKind.Continues"/>: what a meeting does to a directive.
/// </summary>
public sealed record EventRelation(RelationKind Kind, string To, int? Years, string Sentence);
