namespace Archive.Model;

/// <summary>
/// A Party or State document cited by an archived document: "Kết luận số 32-KL/TW ngày 5/7/2018
/// của Bộ Chính trị". Party numbering restarts each term, so <see cref="Date"/> is part of the identity.
/// </summary>
public sealed record DirectiveReference
{
    /// <summary>Canonical code ("32-KL/TW", "105-QĐ/TW", "15/2020/NĐ-CP"), or null for "Nghị quyết 15".</summary>
    public string? Code { get; init; }
    /// <summary>Kind of document: "Kết luận", "Chỉ thị", "Nghị quyết", ...</summary>
    public required string Type { get; init; }
    public required string Number { get; init; }
    /// <summary>Issuer code from the document code: "TW", "TU", "CP".</summary>
    public string? Issuer { get; init; }
    /// <summary>The issuing body when the text names it: "Bộ Chính trị", "Ban Bí thư".</summary>
    public string? IssuingBody { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>What it is about, when the citing sentence says ("về tình hình an ninh trật tự ...").</summary>
    public string? Subject { get; init; }
    /// <summary>The reference as written in the source.</summary>
    public required string Mention { get; init; }
    /// <summary>The sentence that cites it.</summary>
    public required string Sentence { get; init; }
}
