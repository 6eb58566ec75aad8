using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Model;
using Archive.Web.Citing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Feeds;

/// <summary>
/// OAI-PMH 2.0 at /oai, so that library aggregators can harvest the archive: every document as simple
/// Dublin Core (oai_dc), in sets by year ("year:2018") and organisation ("organisation:{slug}"), 100 a
/// page with resumption tokens. A record's datestamp is the day its source file last changed, so a
/// harvest "from" a day gets what changed since. GET, HEAD and the protocol's POST (a form, answered as
/// the GET with the same arguments) are answered.
/// </summary>
public static class OaiPmh
{
    public const int PageSize = 100;
    public const string MetadataPrefix = "oai_dc";

    /// <summary>The most a POST's form may hold; the longest request, a token, is a few hundred bytes.</summary>
    public const int MaxPostedBytes = 8 * 1024;

    private const string Protocol = "http://www.openarchives.org/OAI/2.0/";
    private const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string YearSets = "year";
    private const string OrganisationSets = "organisation";

    // Each verb's required and optional arguments; resumptionToken, where allowed, stands alone.
    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Verbs =
        new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], []),
        ["ListMetadataFormats"] = ([], ["identifier"]),
        ["ListSets"] = ([], ["resumptionToken"]),
        ["GetRecord"] = (["identifier", "metadataPrefix"], []),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
    };

    public static IEndpointRouteBuilder MapOaiPmh(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/oai", (
                IndexLease archive,
                PublicSite site,
                IOptions<ArchiveOptions> options,
                TimeProvider clock,
                HttpRequest request) =>
            Answer(
                new Repository(archive, site.Origin(request), options.Value.AdminEmail),
                request.Query,
                clock.GetUtcNow()));
        // §3.1.1: a repository answers POST too, the arguments as a form. It is a read like the GET, so
        // no antiforgery: it changes nothing, and no cookie is read.
        app.MapReadOnlyPost("/oai", async (
                IndexLease archive,
                PublicSite site,
                IOptions<ArchiveOptions> options,
                TimeProvider clock,
                HttpRequest request) =>
        {
            if (!IsForm(request.ContentType))
                return Results.Problem(
                    "OAI-PMH arguments are posted as application/x-www-form-urlencoded.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unsupported media type");
            if (await ReadFormAsync(request) is not { } form)
                return Results.Problem(
                    $"An OAI-PMH request's arguments fit in {MaxPostedBytes} bytes.",
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Request too large");
            return Answer(
                new Repository(archive, site.Origin(request), options.Value.AdminEmail),
                form,
                clock.GetUtcNow(),
                request.QueryString.HasValue
                    ? new OaiError("badArgument",
                        "A POST request carries its arguments in the body only, not in the URL (OAI-PMH 2.0 §3.1.1.2).")
                    : null);
        });
        return app;
    }

    private static bool IsForm(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>The posted arguments; null when the body is over <see cref="MaxPostedBytes"/>.</summary>
    private static async Task<IQueryCollection?> ReadFormAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxPostedBytes) return null;
        // Kestrel allows no body anywhere else; here it allows the bound, and refuses a chunked body past it
        // while it is read. A server without the feature (tests' TestServer) is bounded by the buffer alone.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxPostedBytes;
        var buffer = new byte[MaxPostedBytes + 1];
        var length = 0;
        try
        {
            while (length < buffer.Length)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted);
                if (read == 0) break;
                length += read;
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        if (length > MaxPostedBytes) return null;
        return new QueryCollection(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(buffer, 0, length)));
    }

    /// <summary>An error of the protocol: answered with 200 and an &lt;error&gt; element, as OAI-PMH wants.</summary>
    private sealed class OaiError(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    /// <summary>What a list request asks for, and where in the list it is: what a resumption token carries.</summary>
    private sealed record ListRequest(
        string Verb, string? Set, DateOnly? From, DateOnly? Until, int Offset, string Generation)
    {
        public string Token() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Join('\n',
            Verb, Set ?? "", Day(From), Day(Until), Offset.ToString(CultureInfo.InvariantCulture), Generation)));

        public static ListRequest Read(string verb, string token, string generation)
        {
            string[] parts;
            try
            {
                parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('\n');
            }
            catch (FormatException)
            {
                throw new OaiError("badResumptionToken", "The resumption token is not one this archive gave.");
            }
            if (parts.Length != 6
                || parts[0] != verb
                || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                throw new OaiError("badResumptionToken", "The resumption token is not one this archive gave.");
            if (parts[5] != generation)
                throw new OaiError("badResumptionToken",
                    "The archive has been imported again since this list began; start the list again.");
            var listed = parts[1] is { Length: > 0 } set ? set : null;
            return new ListRequest(verb, listed, ParseDay(parts[2]), ParseDay(parts[3]), offset, generation);
        }

        private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";


    }

    /// <summary>
    /// The archive as the protocol sees it: identifiers, datestamps and sets of the generation served.
    /// </summary>
    private sealed class Repository(IndexLease archive, string origin, string adminEmail)
    {
        public IndexLease Archive => archive;
        public string AdminEmail => adminEmail;
        public string DocumentUrl(string id) => $"{origin}/documents/{id}";
        public DocumentCatalog Catalog => archive.Index.Catalog;
        public string Generation => Path.GetFileName(archive.Index.Generation);
        public string BaseUrl => origin + "/oai";

        // oai-identifier syntax: "oai:" a domain name ":" the local id.
        private string Namespace => Uri.TryCreate(origin, UriKind.Absolute, out var url) ? url.IdnHost : "localhost";

        public string Identifier(string id) => $"oai:{Namespace}:{id}";

        public DocumentSummary? Find(string identifier) =>
            identifier.StartsWith($"oai:{Namespace}:", StringComparison.Ordinal)
                ? Catalog.Find(identifier[(Namespace.Length + 5)..])
                : null;

        public DateOnly Datestamp(DocumentSummary document) =>
            DateOnly.FromDateTime(archive.SourceTimes.TryGetValue(document.SourceFile, out var changed) ? changed
                : archive.ImportedAt?.UtcDateTime ?? DateTime.UnixEpoch);

        public static IEnumerable<string> SetsOf(DocumentSummary document)
        {
            if (document.Date is { } date)
                yield return $"{YearSets}:{date.Year.ToString(CultureInfo.InvariantCulture)}";
            if (document.QualifiedOrganisation is { } organisation)
                yield return $"{OrganisationSets}:{Text.Slugs.Of(organisation)}";
        }

        /// <summary>Every set: the two kinds, then each year and each organisation.</summary>
        public IEnumerable<(string Spec, string Name)> Sets() =>
            new[] { (YearSets, "Theo năm"), (OrganisationSets, "Theo cơ quan, tổ chức") }
                .Concat(Catalog.Years().Select(y => ($"{YearSets}:{y.Year.ToString(CultureInfo.InvariantCulture)}",
                    $"Năm {y.Year.ToString(CultureInfo.InvariantCulture)}")))
                .Concat(Catalog.Organisations.Select(o => ($"{OrganisationSets}:{o.Slug}", o.Name)));

        /// <summary>The documents of a set, in the catalog's order; null when there is no such set.</summary>
        public IEnumerable<DocumentSummary>? InSet(string? spec) => spec?.Split(':', 2) switch
        {
            null => Catalog.Documents,
            [YearSets] => Catalog.Dated,
            [OrganisationSets] => Catalog.Documents.Where(d => d.QualifiedOrganisation is not null),
            [YearSets, var year] when int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                                      && year == y.ToString(CultureInfo.InvariantCulture)
                => Catalog.In(y) is { Count: > 0 } held ? held : null,
            [OrganisationSets, var slug] => Catalog.FindOrganisation(slug)?.Documents,
            _ => null,
        };

        public IReadOnlyList<DocumentSummary> Select(ListRequest list) => (InSet(list.Set) ?? [])
            .Where(d => list.From is not { } from || Datestamp(d) >= from)
            .Where(d => list.Until is not { } until || Datestamp(d) <= until)
            .ToList();
    }

    /// <summary>The answer to the arguments, or to the error <paramref name="refused"/> found before them.</summary>
    private static IResult Answer(
        Repository repository, IQueryCollection query, DateTimeOffset now, OaiError? refused = null)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("OAI-PMH", Protocol);
            writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
            writer.WriteAttributeString("schemaLocation", Xsi,
                $"{Protocol} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            writer.WriteElementString("responseDate",
                now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            var verb = query["verb"].ToString();
            try
            {
                if (refused is not null) throw refused;
                var arguments = Arguments(query);
                writer.WriteStartElement("request");
                foreach (var (name, value) in arguments.Prepend(new("verb", verb)))
                    writer.WriteAttributeString(name, XmlText.Safe(value));
                writer.WriteString(repository.BaseUrl);
                writer.WriteEndElement();
                // The response is written to a second buffer first: an error found halfway leaves no half element.
                var body = new StringBuilder();
                var fragment = new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, Indent = true };
                using (var inner = XmlWriter.Create(body, fragment))
                {
                    inner.WriteStartElement(verb, Protocol);
                    Respond(inner, repository, verb, arguments);
                    inner.WriteEndElement();
                }
                writer.WriteRaw("\n" + body);
            }
            catch (OaiError error)
            {
                // For a bad verb or bad arguments the request is echoed without its attributes.
                if (error.Code is "badVerb" or "badArgument" && !IsRequestWritten(text))
                {
                    writer.WriteStartElement("request");
                    writer.WriteString(repository.BaseUrl);
                    writer.WriteEndElement();
                }
                writer.WriteStartElement("error");
                writer.WriteAttributeString("code", error.Code);
                writer.WriteString(XmlText.Safe(error.Message));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return Results.Text(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text, "text/xml; charset=utf-8", Encoding.UTF8);
    }

    private static bool IsRequestWritten(StringBuilder text) =>
        text.ToString().Contains("<request", StringComparison.Ordinal);

    /// <summary>The arguments besides the verb, checked against what the verb allows.</summary>
    private static Dictionary<string, string> Arguments(IQueryCollection query)
    {
        var verb = query["verb"];
        if (verb.Count != 1 || !Verbs.TryGetValue(verb.ToString(), out var allowed))
            throw new OaiError("badVerb",
                verb.Count > 1 ? "The verb is given more than once." : $"'{verb}' is not a verb of OAI-PMH 2.0.");
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in query.Where(q => q.Key != "verb"))
        {
            if (!allowed.Required.Contains(name) && !allowed.Optional.Contains(name))
                throw new OaiError("badArgument", $"{verb} takes no argument '{name}'.");
            if (values.Count != 1) throw new OaiError("badArgument", $"'{name}' is given more than once.");
            arguments[name] = values.ToString();
        }
        if (arguments.ContainsKey("resumptionToken"))
        {
            if (arguments.Count > 1)
                throw new OaiError("badArgument",
                    "resumptionToken is an exclusive argument: give it alone with the verb.");
            return arguments;
        }
        if (allowed.Required.FirstOrDefault(r => !arguments.ContainsKey(r)) is { } missing)
            throw new OaiError("badArgument", $"{verb} needs the argument '{missing}'.");
        return arguments;
    }

    private static void Respond(
        XmlWriter writer, Repository repository, string verb, Dictionary<string, string> arguments)
    {
        switch (verb)
        {
            case "Identify":
                Identify(writer, repository);
                break;
            case "ListMetadataFormats":
                if (arguments.TryGetValue("identifier", out var identifier) && repository.Find(identifier) is null)
                    throw new OaiError("idDoesNotExist", $"The archive has no record '{identifier}'.");
                writer.WriteStartElement("metadataFormat");
                writer.WriteElementString("metadataPrefix", MetadataPrefix);
                writer.WriteElementString("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
                writer.WriteElementString("metadataNamespace", OaiDc);
                writer.WriteEndElement();
                break;
            case "ListSets":
                ListSets(writer, repository, arguments);
                break;
            case "GetRecord":
                RequireFormat(arguments);
                if (repository.Find(arguments["identifier"]) is not { } document)
                    throw new OaiError("idDoesNotExist", $"The archive has no record '{arguments["identifier"]}'.");
                Record(writer, repository, document, withMetadata: true);
                break;
            default:
                List(writer, repository, verb, arguments);
                break;
        }
    }

    private static void Identify(XmlWriter writer, Repository repository)
    {
        writer.WriteElementString("repositoryName", "Lưu trữ Nội chính");
        writer.WriteElementString("baseURL", repository.BaseUrl);
        writer.WriteElementString("protocolVersion", "2.0");
        writer.WriteElementString("adminEmail", repository.AdminEmail);
        var earliest = repository.Catalog.Documents
            .Select(repository.Datestamp)
            .DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UnixEpoch))
            .Min();
        writer.WriteElementString("earliestDatestamp", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // A document whose source file is removed leaves the archive with no trace kept.
        writer.WriteElementString("deletedRecord", "no");
        writer.WriteElementString("granularity", "YYYY-MM-DD");
    }

    private static void ListSets(XmlWriter writer, Repository repository, Dictionary<string, string> arguments)
    {
        var list = arguments.TryGetValue("resumptionToken", out var token)
            ? ListRequest.Read("ListSets", token, repository.Generation)
            : new ListRequest("ListSets", null, null, null, 0, repository.Generation);
        var sets = repository.Sets().ToList();
        foreach (var (spec, name) in sets.Skip(list.Offset).Take(PageSize))
        {
            writer.WriteStartElement("set");
            writer.WriteElementString("setSpec", spec);
            writer.WriteElementString("setName", XmlText.Safe(name));
            writer.WriteEndElement();
        }
        Resumption(writer, list, sets.Count);
    }

    private static void List(XmlWriter writer, Repository repository, string verb, Dictionary<string, string> arguments)
    {
        ListRequest list;
        if (arguments.TryGetValue("resumptionToken", out var token))
        {
            list = ListRequest.Read(verb, token, repository.Generation);
        }
        else
        {
            RequireFormat(arguments);
            var from = Day(arguments, "from");
            var until = Day(arguments, "until");
            if (from > until) throw new OaiError("badArgument", "from is after until.");
            var set = arguments.GetValueOrDefault("set");
            if (repository.InSet(set) is null) throw new OaiError("noRecordsMatch", $"The archive has no set '{set}'.");
            list = new ListRequest(verb, set, from, until, 0, repository.Generation);
        }
        var documents = repository.Select(list);
        if (documents.Count == 0) throw new OaiError("noRecordsMatch", "No record matches these arguments.");
        if (list.Offset >= documents.Count)
            throw new OaiError("badResumptionToken", "The resumption token is past the end of the list.");
        foreach (var document in documents.Skip(list.Offset).Take(PageSize))
            Record(writer, repository, document, withMetadata: verb == "ListRecords");
        Resumption(writer, list, documents.Count);
    }

    private static void RequireFormat(Dictionary<string, string> arguments)
    {
        if (arguments["metadataPrefix"] != MetadataPrefix)
            throw new OaiError("cannotDisseminateFormat", $"The archive gives its records as {MetadataPrefix} only.");
    }

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static DateOnly? Day(Dictionary<string, string> arguments, string name)
    {
        if (!arguments.TryGetValue(name, out var text)) return null;
        return ParseDay(text)
            ?? throw new OaiError("badArgument",
                $"{name} must be a day written YYYY-MM-DD, the archive's granularity (was '{text}').");
    }

    // A list split into pages carries a token on every page but the last, which carries an empty one.
    private static void Resumption(XmlWriter writer, ListRequest list, int total)
    {
        if (list.Offset == 0 && total <= PageSize) return;
        writer.WriteStartElement("resumptionToken");
        writer.WriteAttributeString("completeListSize", total.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("cursor", list.Offset.ToString(CultureInfo.InvariantCulture));
        if (list.Offset + PageSize < total) writer.WriteString((list with { Offset = list.Offset + PageSize }).Token());
        writer.WriteEndElement();
    }

    private static void Record(XmlWriter writer, Repository repository, DocumentSummary document, bool withMetadata)
    {
        if (withMetadata) writer.WriteStartElement("record");
        writer.WriteStartElement("header");
        writer.WriteElementString("identifier", repository.Identifier(document.Id));
        writer.WriteElementString("datestamp",
            repository.Datestamp(document).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var set in Repository.SetsOf(document))
            writer.WriteElementString("setSpec", set);
        writer.WriteEndElement();
        if (!withMetadata) return;
        if (repository.Archive.Index.Find(document.Id) is { } full)
        {
            writer.WriteStartElement("metadata");
            DublinCore(writer, full, repository.DocumentUrl(document.Id));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static void DublinCore(XmlWriter writer, ArchiveDocument document, string url)
    {
        writer.WriteStartElement("oai_dc", "dc", OaiDc);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xsi", "schemaLocation", Xsi,
            $"{OaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        void Element(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) writer.WriteElementString("dc", name, Dc, XmlText.Safe(value));
        }
        Element("title", document.Title);
        foreach (var author in CitationTags.AuthorsIn(document.Author)) Element("creator", author);
        Element("publisher", CitationTags.OutletName(document.Source));
        Element("date",
            (document.PublishedDate ?? document.EventDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Element("type", "Text");
        Element("format", "text/plain");
        Element("identifier", url);
        Element("language", "vi");
        Element("subject", document.Organisation);
        foreach (var code in document.Directives.Select(d => d.Code).OfType<string>().Distinct())
            Element("subject", code);
        Element("coverage", document.Location);
        if (document.Paragraphs.Count > 0 && document.Paragraphs[0] is var lead)
            Element("description", lead.Length <= 500 ? lead : lead[..500] + "…");
        writer.WriteEndElement();
    }
}
