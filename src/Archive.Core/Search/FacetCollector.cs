using System.Globalization;
using System.Runtime.CompilerServices;
using Archive.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Counts, for every document the query matches, its year, organisation and cited directive types,
/// read from doc values (the Facet package is not available). A query can match the whole archive, so
/// each segment's values are unpacked once into plain arrays and counting a match is three array reads.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<int, int> years = [];
    private readonly Dictionary<string, int> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> types = new(StringComparer.Ordinal);

    private SegmentFacets? segment;
    private int[] yearCounts = [];
    private int[] organisationCounts = [];
    private int[] typeCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        segment = SegmentFacets.Of(context.AtomicReader);
        yearCounts = new int[segment.YearCount];
        organisationCounts = new int[segment.OrganisationNames.Length];
        typeCounts = new int[segment.TypeNames.Length];
    }

    public void Collect(int doc)
    {
        var values = segment!;
        yearCounts[values.YearIndex[doc]]++;
        var organisation = values.Organisation[doc];
        if (organisation >= 0) organisationCounts[organisation]++;
        for (var i = values.TypeStart[doc]; i < values.TypeStart[doc + 1]; i++) typeCounts[values.Types[i]]++;
    }

    /// <summary>The counts of several collectors (one per segment searched in parallel) together.</summary>
    public static SearchFacets Merge(IEnumerable<FacetCollector> collectors)
    {
        var all = new FacetCollector();
        foreach (var collector in collectors)
        {
            collector.FlushSegment();
            foreach (var (year, count) in collector.years) all.years[year] = all.years.GetValueOrDefault(year) + count;
            foreach (var (name, count) in collector.organisations)
                all.organisations[name] = all.organisations.GetValueOrDefault(name) + count;
            foreach (var (name, count) in collector.types) all.types[name] = all.types.GetValueOrDefault(name) + count;
        }
        return new SearchFacets(
            all.years.Where(y => y.Key > 0).OrderByDescending(y => y.Key)
                .Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
            Top(all.organisations),
            Top(all.types));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(50).Select(c => new FacetValue(c.Key, c.Value)).ToList();

    private void FlushSegment()
    {
        if (segment is null) return;
        for (var i = 0; i < yearCounts.Length; i++)
            if (yearCounts[i] > 0) years[segment.Years[i]] = years.GetValueOrDefault(segment.Years[i]) + yearCounts[i];
        Add(organisations, segment.OrganisationNames, organisationCounts);
        Add(types, segment.TypeNames, typeCounts);
        segment = null;
    }

    private static void Add(Dictionary<string, int> into, string[] names, int[] counts)
    {
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            if (counts[ordinal] > 0) into[names[ordinal]] = into.GetValueOrDefault(names[ordinal]) + counts[ordinal];
    }

    /// <summary>One segment's facet values, unpacked from doc values once and kept while the segment lives.</summary>
    private sealed class SegmentFacets
    {
        private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

        /// <summary>Per document: an index into <see cref="Years"/> (whose entry 0 is "undated").</summary>
        public required int[] YearIndex { get; init; }
        public required int[] Years { get; init; }
        public int YearCount => Years.Length;
        /// <summary>Per document: an index into <see cref="OrganisationNames"/>, or -1.</summary>
        public required int[] Organisation { get; init; }
        public required string[] OrganisationNames { get; init; }
        /// <summary>
        /// Document d's directive types are Types[TypeStart[d]..TypeStart[d + 1]], indexes into <see
        /// cref="TypeNames"/>.
        /// </summary>
        public required int[] TypeStart { get; init; }
        public required int[] Types { get; init; }
        public required string[] TypeNames { get; init; }

        public static SegmentFacets Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

        private static SegmentFacets Read(AtomicReader reader)
        {
            var size = reader.MaxDoc;
            var dates = reader.GetNumericDocValues(IndexSchema.SortDate);
            var datesPresent = reader.GetDocsWithField(IndexSchema.SortDate);
            var yearOrder = new Dictionary<int, int> { [0] = 0 };
            var yearIndex = new int[size];
            for (var doc = 0; doc < size; doc++)
            {
                if (dates is null || datesPresent is null || !datesPresent.Get(doc)) continue;
                var year = (int)(dates.Get(doc) / 10000);
                if (!yearOrder.TryGetValue(year, out var index)) yearOrder[year] = index = yearOrder.Count;
                yearIndex[doc] = index;
            }

            var organisationValues = reader.GetSortedDocValues(IndexSchema.OrganisationExact);
            var organisation = new int[size];
            for (var doc = 0; doc < size; doc++) organisation[doc] = organisationValues?.GetOrd(doc) ?? -1;

            var typeValues = reader.GetSortedSetDocValues(IndexSchema.DirectiveType);
            var typeStart = new int[size + 1];
            var typeList = new List<int>();
            for (var doc = 0; doc < size; doc++)
            {
                typeStart[doc] = typeList.Count;
                if (typeValues is null) continue;
                typeValues.SetDocument(doc);
                long ordinal;
                while ((ordinal = typeValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) typeList.Add((int)ordinal);
            }
            typeStart[size] = typeList.Count;

            return new SegmentFacets
            {
                YearIndex = yearIndex,
                Years = yearOrder.OrderBy(y => y.Value).Select(y => y.Key).ToArray(),
                Organisation = organisation,
                OrganisationNames = Names(
                    organisationValues is null ? 0 : organisationValues.ValueCount,
                    (o, s) => organisationValues!.LookupOrd(o, s)),
                TypeStart = typeStart,
                Types = typeList.ToArray(),
                TypeNames =
                    Names(typeValues is null ? 0 : (int)typeValues.ValueCount, (o, s) => typeValues!.LookupOrd(o, s)),
            };
        }

        private static string[] Names(int count, Action<int, BytesRef> lookup)
        {
            var scratch = new BytesRef();
            return Enumerable.Range(0, count).Select(ordinal =>
            {
                lookup(ordinal, scratch);
                return scratch.Utf8ToString();
            }).ToArray();
        }
    }
}
