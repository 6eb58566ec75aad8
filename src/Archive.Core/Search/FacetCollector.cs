using System.Globalization;
using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Counts, for every document the query matches, its year, organisation and cited directive types,
/// read from doc values (the Facet package is not available).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<long, int> years = [];
    private readonly Dictionary<string, int> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> types = new(StringComparer.Ordinal);

    // Per segment: ordinal counts, resolved to strings when the segment ends.
    private NumericDocValues? dates;
    private SortedDocValues? organisationValues;
    private SortedSetDocValues? typeValues;
    private int[] organisationCounts = [];
    private int[] typeCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        dates = reader.GetNumericDocValues(IndexSchema.SortDate);
        organisationValues = reader.GetSortedDocValues(IndexSchema.OrganisationExact);
        typeValues = reader.GetSortedSetDocValues(IndexSchema.DirectiveType);
        organisationCounts = new int[organisationValues?.ValueCount ?? 0];
        typeCounts = new int[(int)(typeValues?.ValueCount ?? 0)];
    }

    public void Collect(int doc)
    {
        if (dates is not null)
        {
            var year = dates.Get(doc) / 10000;
            years[year] = years.GetValueOrDefault(year) + 1;
        }
        if (organisationValues is not null)
        {
            var ordinal = organisationValues.GetOrd(doc);
            if (ordinal >= 0) organisationCounts[ordinal]++;
        }
        if (typeValues is not null)
        {
            typeValues.SetDocument(doc);
            long ordinal;
            while ((ordinal = typeValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) typeCounts[ordinal]++;
        }
    }

    public SearchFacets Facets()
    {
        FlushSegment();
        return new SearchFacets(
            years.Where(y => y.Key > 0).OrderByDescending(y => y.Key)
                .Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
            Top(organisations),
            Top(types));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(50).Select(c => new FacetValue(c.Key, c.Value)).ToList();

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var ordinal = 0; ordinal < organisationCounts.Length; ordinal++)
        {
            if (organisationCounts[ordinal] == 0) continue;
            organisationValues!.LookupOrd(ordinal, scratch);
            var name = scratch.Utf8ToString();
            organisations[name] = organisations.GetValueOrDefault(name) + organisationCounts[ordinal];
        }
        for (var ordinal = 0; ordinal < typeCounts.Length; ordinal++)
        {
            if (typeCounts[ordinal] == 0) continue;
            typeValues!.LookupOrd(ordinal, scratch);
            var name = scratch.Utf8ToString();
            types[name] = types.GetValueOrDefault(name) + typeCounts[ordinal];
        }
        organisationCounts = [];
        typeCounts = [];
    }
}
