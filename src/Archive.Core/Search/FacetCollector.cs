using System.Runtime.CompilerServices;
using Archive.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Counts, for every document the query matches, its period, organisation, cited directive types and province,
/// read from doc values (the Facet package is not available), and hands the documents every facet filter
/// keeps on to <c>inner</c>. A facet counts the documents the other facets' filters keep, whatever its
/// own says (<see cref="SearchFacets"/>); the timeline counts those all of them keep. A query can match
/// the whole archive, so each segment's values are unpacked once into plain arrays and a match costs a
/// few array reads.
/// </summary>
internal sealed class FacetCollector(FacetSelection selection, ICollector? inner = null) : ICollector
{
    private const int MaxValues = 50;

    private readonly Dictionary<int, int> periods = [];
    private readonly Dictionary<int, int> results = [];
    private readonly Dictionary<string, int> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> types = new(StringComparer.Ordinal);

    private SegmentFacets? segment;
    private int[] periodCounts = [];
    private int[] resultCounts = [];
    private int[] organisationCounts = [];
    private int[] provinceCounts = [];
    private int[] typeCounts = [];
    // Null when the facet has no filter, which keeps every document: most searches, and nothing to
    // compute per segment (a segment can hold thousands of organisation names).
    private bool[]? keepsMonth;
    private bool[]? keepsOrganisation;
    private bool[]? keepsProvince;
    private bool[] wantedType = [];
    private bool[] unwantedType = [];

    public FacetCollector() : this(FacetSelection.None) { }

    public bool AcceptsDocsOutOfOrder => inner?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => inner?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var values = segment = SegmentFacets.Of(context.AtomicReader);
        periodCounts = new int[values.Months.Length];
        resultCounts = new int[values.Months.Length];
        organisationCounts = new int[values.OrganisationNames.Length];
        provinceCounts = new int[values.ProvinceNames.Length];
        typeCounts = new int[values.TypeNames.Length];
        keepsMonth = selection.Period.IsActive ? values.Months.Select(selection.KeepsMonth).ToArray() : null;
        keepsOrganisation = Keeps(selection.Organisation, values.OrganisationNames);
        keepsProvince = Keeps(selection.Province, values.ProvinceNames);
        if (selection.DirectiveType.IsActive)
        {
            wantedType = values.TypeNames.Select(selection.DirectiveType.Includes).ToArray();
            unwantedType = values.TypeNames.Select(selection.DirectiveType.Excludes).ToArray();
        }
        inner?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (Count(doc)) inner?.Collect(doc);
    }

    /// <summary>Counts a match; true when every facet filter keeps it.</summary>
    public bool Count(int doc)
    {
        var values = segment!;
        var month = values.Month[doc];
        var organisation = values.Organisation[doc];
        var province = values.Province[doc];
        var (first, end) = (values.TypeStart[doc], values.TypeStart[doc + 1]);
        var period = keepsMonth is null || keepsMonth[month];
        var named = keepsOrganisation is null || keepsOrganisation[organisation + 1];
        var placed = keepsProvince is null || keepsProvince[province + 1];
        var cited = KeepsTypes(values.Types, first, end);
        if (named && cited && placed) periodCounts[month]++;
        if (period && cited && placed && organisation >= 0) organisationCounts[organisation]++;
        if (period && named && placed)
            for (var i = first; i < end; i++) typeCounts[values.Types[i]]++;
        if (period && named && cited && province >= 0) provinceCounts[province]++;
        if (!(period && named && cited && placed)) return false;
        resultCounts[month]++;
        return true;
    }

    // Per ordinal of a single-valued facet, whether its filter keeps it; entry 0 is a document without a
    // value, which only a filter that asks for none keeps. Null when the facet has no filter.
    private static bool[]? Keeps(FacetFilter filter, string[] names) => filter.IsActive
        ? [filter.Any.Count == 0,
            .. names.Select(name => (filter.Any.Count == 0 || filter.Includes(name)) && !filter.Excludes(name))]
        : null;

    private bool KeepsTypes(int[] types, int first, int end)
    {
        if (!selection.DirectiveType.IsActive) return true;
        var wanted = selection.DirectiveType.Any.Count == 0;
        for (var i = first; i < end; i++)
        {
            if (unwantedType[types[i]]) return false;
            wanted |= wantedType[types[i]];
        }
        return wanted;
    }

    /// <summary>The counts of several collectors (one per segment searched in parallel) together.</summary>
    public static (SearchFacets Facets, Timeline Timeline) Merge(
        IEnumerable<FacetCollector> collectors,
        FacetSelection selection)
    {
        var all = Sum(collectors);
        return Report(selection, all, all, all, all, all);
    }

    /// <summary>
    /// The facets and timeline from collectors of different searches: each facet's counts from the one
    /// given for it, the timeline from <paramref name="results"/>.
    /// </summary>
    public static (SearchFacets Facets, Timeline Timeline) Report(
        FacetSelection selection,
        FacetCollector period,
        FacetCollector organisation,
        FacetCollector type,
        FacetCollector province,
        FacetCollector results)
    {
        foreach (var collector in new[] { period, organisation, type, province, results }) collector.FlushSegment();
        var years = period.periods.Where(p => p.Key > 0).GroupBy(p => p.Key / 100)
            .ToDictionary(g => Periods.Year(g.Key), g => g.Sum(p => p.Value));
        var months = period.periods.Where(p => p.Key > 0)
            .ToDictionary(p => Periods.Month(p.Key / 100, p.Key % 100), p => p.Value);
        var chosen = selection.Period.Any.Concat(selection.Period.None).ToList();
        foreach (var value in chosen.Where(v => v.Length == 4)) years.TryAdd(value, 0);
        foreach (var value in chosen.Where(v => v.Length == 7)) months.TryAdd(value, 0);
        var facets = new SearchFacets(
            Newest(years),
            Newest(months),
            Top(organisation.organisations, selection.Organisation),
            Top(type.types, selection.DirectiveType),
            Top(province.provinces, selection.Province));
        return (facets, TimelineOf(results.results));
    }

    private static FacetCollector Sum(IEnumerable<FacetCollector> collectors)
    {
        var all = new FacetCollector();
        foreach (var collector in collectors)
        {
            collector.FlushSegment();
            Add(all.periods, collector.periods);
            Add(all.results, collector.results);
            Add(all.organisations, collector.organisations);
            Add(all.provinces, collector.provinces);
            Add(all.types, collector.types);
        }
        return all;
    }

    private static void Add<T>(Dictionary<T, int> into, Dictionary<T, int> counts)
        where T : notnull
    {
        foreach (var (key, count) in counts) into[key] = into.GetValueOrDefault(key) + count;
    }

    private static List<FacetValue> Newest(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value)).ToList();

    // The most frequent values, and any the filter names: a chosen value is shown with its count
    // however far down it stands.
    private static List<FacetValue> Top(Dictionary<string, int> counts, FacetFilter filter)
    {
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxValues).Select(c => new FacetValue(c.Key, c.Value)).ToList();
        var chosen = filter.Any.Concat(filter.None).Where(v => top.All(t => t.Value != v))
            .Select(v => new FacetValue(v, counts.GetValueOrDefault(v))).ToList();
        return chosen.Count == 0
            ? top
            : [.. top.Concat(chosen).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];
    }

    private static Timeline TimelineOf(Dictionary<int, int> months)
    {
        var undated = months.GetValueOrDefault(0);
        var dated = months.Where(m => m.Key > 0 && m.Value > 0).Select(m => m.Key).Order().ToList();
        if (dated.Count == 0) return Timeline.Empty with { Undated = undated };
        var (first, last) = (new DateOnly(dated[0] / 100, dated[0] % 100, 1),
            new DateOnly(dated[^1] / 100, dated[^1] % 100, 1));
        var span = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (span <= Timeline.MaxMonths)
            return new Timeline("month", Enumerable.Range(0, span).Select(i => first.AddMonths(i)).Select(day =>
                new PeriodCount(
                    Periods.Month(day.Year, day.Month),
                    day,
                    day.AddMonths(1).AddDays(-1),
                    months.GetValueOrDefault(day.Year * 100 + day.Month))).ToList(), undated);
        return new Timeline("year", Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(year =>
            new PeriodCount(
                Periods.Year(year),
                new DateOnly(year, 1, 1),
                new DateOnly(year, 12, 31),
                months.Where(m => m.Key / 100 == year).Sum(m => m.Value))).ToList(), undated);
    }

    private void FlushSegment()
    {
        if (segment is null) return;
        for (var i = 0; i < periodCounts.Length; i++)
        {
            var month = segment.Months[i];
            if (periodCounts[i] > 0) periods[month] = periods.GetValueOrDefault(month) + periodCounts[i];
            if (resultCounts[i] > 0) results[month] = results.GetValueOrDefault(month) + resultCounts[i];
        }
        Add(organisations, segment.OrganisationNames, organisationCounts);
        Add(provinces, segment.ProvinceNames, provinceCounts);
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

        /// <summary>Per document: an index into <see cref="Months"/>.</summary>
        public required int[] Month { get; init; }
        /// <summary>The months (yyyyMM) of the segment's documents; entry 0 is 0, "undated".</summary>
        public required int[] Months { get; init; }
        /// <summary>Per document: an index into <see cref="OrganisationNames"/>, or -1.</summary>
        public required int[] Organisation { get; init; }
        public required string[] OrganisationNames { get; init; }
        /// <summary>Per document: an index into <see cref="ProvinceNames"/>, or -1.</summary>
        public required int[] Province { get; init; }
        public required string[] ProvinceNames { get; init; }
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
            var monthOrder = new Dictionary<int, int> { [0] = 0 };
            var monthIndex = new int[size];
            for (var doc = 0; doc < size; doc++)
            {
                if (dates is null || datesPresent is null || !datesPresent.Get(doc)) continue;
                var month = (int)(dates.Get(doc) / 100);
                if (!monthOrder.TryGetValue(month, out var index)) monthOrder[month] = index = monthOrder.Count;
                monthIndex[doc] = index;
            }

            var (organisation, organisationNames) = SingleValued(reader, IndexSchema.OrganisationExact);
            var (province, provinceNames) = SingleValued(reader, IndexSchema.Province);

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
                Month = monthIndex,
                Months = monthOrder.OrderBy(m => m.Value).Select(m => m.Key).ToArray(),
                Organisation = organisation,
                OrganisationNames = organisationNames,
                Province = province,
                ProvinceNames = provinceNames,
                TypeStart = typeStart,
                Types = typeList.ToArray(),
                TypeNames =
                    Names(typeValues is null ? 0 : (int)typeValues.ValueCount, (o, s) => typeValues!.LookupOrd(o, s)),
            };
        }

        private static (int[] Ordinals, string[] Names) SingleValued(AtomicReader reader, string field)
        {
            var values = reader.GetSortedDocValues(field);
            var ordinals = new int[reader.MaxDoc];
            for (var doc = 0; doc < ordinals.Length; doc++) ordinals[doc] = values?.GetOrd(doc) ?? -1;
            return (ordinals, Names(values?.ValueCount ?? 0, (o, s) => values!.LookupOrd(o, s)));
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
