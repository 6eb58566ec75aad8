using Archive.Import;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>Documents of one day keep one order, by id, in every import and both directions.</summary>
public sealed class SameDayOrderTests : IDisposable
{
    private readonly TempFolder source = new();
    private readonly TempFolder work = new();

    public void Dispose()
    {
        work.Dispose();
        source.Dispose();
    }

    [Theory]
    [InlineData("", SearchSort.DateDesc)]
    [InlineData("", SearchSort.DateAsc)]
    [InlineData("giao ban", SearchSort.DateDesc)]
    public void OrdersDocumentsOfTheSameDayById(string query, SearchSort sort)
    {
        // Files in the opposite order of their titles (and so of their ids): the import adds them in file order.
        const string letters = "abcdeghiklmn";
        for (var i = 0; i < letters.Length; i++)
            File.WriteAllText(source.File($"{i:D2}.txt"),
                $"Giao ban công tác nội chính khối {letters[^(i + 1)]}\n\n05/03/2024\n\nNgày 4/3/2024, " +
                    $"hội nghị giao ban công tác nội chính khối {letters[^(i + 1)]} được tổ chức.\n");
        IndexPublisher.Import(source.Path, work.File("index"));
        using var index = ArchiveIndex.Open(work.File("index"), SearchEngine.Compare);

        var ids = index.Search(new SearchRequest { Query = query, Sort = sort, Size = 100 })
            .Hits.Select(h => h.Id)
            .ToList();

        Assert.Equal(letters.Length, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }
}
