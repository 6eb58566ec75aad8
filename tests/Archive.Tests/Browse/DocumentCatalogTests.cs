using Archive.Browse;

namespace Archive.Tests.Browse;

public sealed class DocumentCatalogTests
{
    private static DocumentSummary Doc(string id, DateOnly? date) =>
        new(id, "Hội nghị " + id, date, null, null, null, [], id + ".txt");

    [Fact]
    public void CountsEachYearOldestFirstAndLeavesTheUndatedOut()
    {
        var catalog = new DocumentCatalog(
        [
            Doc("a", new DateOnly(2021, 12, 31)), Doc("b", null), Doc("c", new DateOnly(2019, 3, 1)),
            Doc("d", new DateOnly(2021, 1, 1)), Doc("e", new DateOnly(2019, 12, 5)), Doc("f", new DateOnly(2020, 6, 6)),
            Doc("g", new DateOnly(2021, 7, 7)),
        ]);

        Assert.Equal([(2019, 2), (2020, 1), (2021, 3)], catalog.Years());
    }

    [Fact]
    public void AnArchiveWithoutDatesHasNoYears() =>
        Assert.Empty(new DocumentCatalog([Doc("a", null)]).Years());
}
