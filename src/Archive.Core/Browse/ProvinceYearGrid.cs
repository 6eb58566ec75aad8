using Archive.Extraction;
using Archive.Text;

namespace Archive.Browse;

/// <summary>One row of a <see cref="ProvinceYearGrid"/>: a province, its documents per year, and their total.</summary>
/// <param name="Slug">The province's page, or null when the archive holds no document of it.</param>
/// <param name="Counts">Per year of the grid's <see cref="ProvinceYearGrid.Years"/>, in order.</param>
public sealed record ProvinceRow(string Province, string? Slug, IReadOnlyList<int> Counts, int Undated, int Total);

/// <summary>
/// Which provinces acted on a directive, and when: its citing documents counted by province and year,
/// every province a row (central bodies first), so that where nothing is recorded shows as well as where
/// something is. Documents of no known province are a row of their own.
/// </summary>
public sealed record ProvinceYearGrid(IReadOnlyList<int> Years, IReadOnlyList<ProvinceRow> Rows)
{
    /// <summary>The row of documents whose province the archive could not tell.</summary>
    public const string Unknown = "";

    public bool HasUndated => Rows.Any(r => r.Undated > 0);

    public static ProvinceYearGrid Of(DocumentCatalog catalog, IEnumerable<string> documentIds)
    {
        var documents = documentIds.Select(catalog.Find).OfType<DocumentSummary>().DistinctBy(d => d.Id).ToList();
        var dated = documents.Where(d => d.Date is not null).Select(d => d.Date!.Value.Year).ToList();
        var years = dated.Count == 0 ? [] : Enumerable.Range(dated.Min(), dated.Max() - dated.Min() + 1).ToList();
        var byProvince = documents.ToLookup(d => d.Province ?? Unknown, StringComparer.Ordinal);
        var known = catalog.Provinces.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        // Every province by name, those the archive holds under another spelling included once.
        var names = new[] { Provinces.Central }
            .Concat(Provinces.All.Concat(known).Where(n => n != Provinces.Central)
                .DistinctBy(VietnameseText.Fold).OrderBy(VietnameseText.Fold, StringComparer.Ordinal))
            .ToList();
        if (byProvince.Contains(Unknown)) names.Add(Unknown);
        var rows = names.Select(name =>
        {
            var ofProvince = byProvince[name].ToList();
            return new ProvinceRow(
                name,
                known.Contains(name) ? Slugs.Of(name) : null,
                years.Select(y => ofProvince.Count(d => d.Date?.Year == y)).ToList(),
                ofProvince.Count(d => d.Date is null),
                ofProvince.Count);
        }).ToList();
        return new ProvinceYearGrid(years, rows);
    }
}
