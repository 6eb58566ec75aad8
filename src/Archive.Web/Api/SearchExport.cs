using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Index;
using Archive.Model;
using Archive.Search;
using Archive.Storage;
using Archive.Text;
using Archive.Web.Citing;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Api;

/// <summary>
/// Every document a search finds, as a file to take away: a spreadsheet (CSV), JSON Lines, or what a
/// reference manager imports (BibTeX, RIS, CSL-JSON), from `/api/search?...&amp;format=` or an `Accept` of the
/// format's type. In the search's order, at most <see cref="MaxDocuments"/> (or `max=`), written as
/// they are read: memory stays one page of hits whatever the set's size.
/// </summary>
public static class SearchExport
{
    /// <summary>The most documents one export holds: as deep as a search pages.</summary>
    public const int MaxDocuments = ArchiveIndex.MaxResultDepth;

    public static readonly IReadOnlyList<FileFormat> Formats =
    [
        new("csv", "CSV", "text/csv", "csv"),
        new("jsonl", "JSON Lines", "application/jsonl", "jsonl"),
        .. CitationFormats.All,
    ];

    /// <summary>One document's row in a CSV or JSON Lines export.</summary>
    public sealed record Row(
        string Id, string Title, DateOnly? EventDate, string? Published, string? Organisation, string? Location,
        string? Author, string? Source, IReadOnlyList<string> People, IReadOnlyList<string> Directives, string Url)
    {
        public static Row Of(ArchiveDocument document, string url) => new(
            document.Id, document.Title, document.EventDate, document.Published, document.Organisation,
            document.Location, document.Author, document.Source, [.. document.People.Select(p => p.Name)],
            [.. document.Directives.Select(d => d.Code ?? $"{d.Type} {d.Number}").Distinct()], url);
    }

    /// <summary>The format a request asks for, by `format=` or else `Accept`; null when it asks for none.</summary>
    public static string? Asked(HttpRequest request) => FileFormat.Asked(request, Formats);

    /// <summary>
    /// The export a request asks for, or a problem: an unknown format or a bad `max` is a 400, and so is a
    /// bad search, found before the first byte is written.
    /// </summary>
    public static IResult Answer(
        IndexLease archive, PublicSite site, TimeProvider clock, HttpRequest http, string format)
    {
        var known = Formats.FirstOrDefault(f => f.Name == format);
        if (known is null)
        {
            var names = string.Join(", ", Formats.Select(f => f.Name));
            return Results.Problem($"format must be json, {names} (was '{format}').",
                statusCode: 400, title: "Bad format");
        }
        var maxText = http.Query["max"].ToString();
        if (!QueryNumber.TryRead(maxText.Length == 0 ? null : maxText, MaxDocuments, 1, MaxDocuments, out var max))
            return SearchApi.BadQuery($"max phải là số nguyên từ 1 đến {MaxDocuments} (đã nhận \"{maxText}\").");

        SearchRequest request;
        SearchResult first;
        try
        {
            request = SearchParameters.Read(http.Query) with { Page = 1, Size = SearchRequest.MaxPageSize };
            first = archive.Index.Search(request);
        }
        catch (SearchQueryException e)
        {
            return SearchApi.BadQuery(e.Message);
        }
        var count = Math.Min(first.Total, max);
        // Up to 10,000 documents: kept, it would push every page out of the output cache.
        if (http.HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
            cache.Context.EnableOutputCaching = false;
        http.HttpContext.Response.Headers["X-Total-Count"] = first.Total.ToString(CultureInfo.InvariantCulture);
        http.HttpContext.Response.Headers["X-Exported-Count"] = count.ToString(CultureInfo.InvariantCulture);
        var accessed = VietnameseDates.Today(clock);
        return Results.Stream(async body =>
        {
            // A byte-order mark tells a spreadsheet the CSV is UTF-8; without it Vietnamese letters come out garbled.
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv");
            await using var writer = new StreamWriter(body, encoding);
            await writer.WriteAsync(Opening(format));
            var written = 0;
            var page = first;
            while (true)
            {
                foreach (var hit in page.Hits.Take(count - written))
                {
                    if (archive.Index.Find(hit.Id) is not { } document) continue;
                    var url = site.DocumentUrl(http, document.Id);
                    await writer.WriteAsync(Record(format, document, url, accessed, written));
                    written++;
                }
                if (written >= count || page.Hits.Count < page.Size) break;
                await writer.FlushAsync();
                page = archive.Index.Search(request with { Page = page.Page + 1 });
            }
            await writer.WriteAsync(format == "csl-json" ? "\n]\n" : "");
        }, $"{known.MediaType}; charset=utf-8", $"search.{known.Extension}");
    }

    private static readonly string[] CsvColumns =
    [
        "id", "title", "eventDate", "published", "organisation", "location", "author", "source", "people",
        "directives", "url",
    ];

    private static string Opening(string format) => format switch
    {
        "csv" => string.Join(',', CsvColumns) + "\r\n",
        "csl-json" => "[",
        _ => "",
    };

    private static string Record(string format, ArchiveDocument document, string url, DateOnly accessed, int index)
    {
        switch (format)
        {
            case "csv":
                var row = Row.Of(document, url);
                return string.Join(',', new[]
                {
                    row.Id, row.Title, row.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    row.Published,
                    row.Organisation, row.Location, row.Author, row.Source, string.Join("; ", row.People),
                    string.Join("; ", row.Directives), row.Url,
                }.Select(Csv)) + "\r\n";
            case "jsonl":
                return JsonSerializer.Serialize(Row.Of(document, url), JsonFile.Options) + "\n";
            case "csl-json":
                return (index == 0 ? "\n" : ",\n") + CitationFormats.Item(format, document, url, accessed);
            default:
                return CitationFormats.Item(format, document, url, accessed) + (format == "bibtex" ? "\n" : "");
        }
    }

    /// <summary>
    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text a spreadsheet
    /// would take for a formula (=, +, -, @ first) is prefixed with an apostrophe, so a cell never runs.
    /// </summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
