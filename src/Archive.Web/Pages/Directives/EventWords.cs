using Archive.Model;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Pages.Directives;

/// <summary>
/// What the event a document reports does to a directive, in the same words on the directive's page and on
/// the document's.
/// </summary>
public static class EventWords
{
    public static string Of(IStringLocalizer text, RelationKind kind, int? years) => (kind, years) switch
    {
        (RelationKind.Reviews, { } y) => text["sơ kết/tổng kết {0} năm thực hiện", y],
        (RelationKind.Reviews, null) => text["sơ kết/tổng kết việc thực hiện"],
        (RelationKind.Continues, _) => text["tiếp tục thực hiện"],
        _ => text["triển khai thực hiện"],
    };
}
