using Archive.Web.Api;

namespace Archive.Web.Pages;

/// <summary>Which page of a list is shown (from 1), of how many.</summary>
public sealed record PageNumbers(int Number, int Count);

/// <summary>One page of a long list, as a browsing page shows it (`?page=N`).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, PageNumbers Pages, int Total);

/// <summary>
/// Long lists in pages of <see cref="Size"/>, so that a browsing page stays bounded however large the
/// archive grows: the undated real articles were one page of megabytes (docs/performance.md, changelog).
/// </summary>
public static class ListPages
{
    public const int Size = 200;

    /// <summary>
    /// The page `?page=N` of the request asks for; null when there is no such page (the page answers 404).
    /// </summary>
    public static ListPage<T>? Of<T>(IReadOnlyList<T> all, HttpRequest request)
    {
        var count = Math.Max(1, (all.Count + Size - 1) / Size);
        var asked = request.Query["page"].ToString();
        if (!QueryNumber.TryRead(asked.Length == 0 ? null : asked, 1, 1, count, out var number)) return null;
        return new ListPage<T>(
            all.Skip((number - 1) * Size).Take(Size).ToList(),
            new PageNumbers(number, count),
            all.Count);
    }
}
