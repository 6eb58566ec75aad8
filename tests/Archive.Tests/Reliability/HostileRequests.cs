using System.Text;

namespace Archive.Tests.Reliability;

/// <summary>One request as the fuzzer sends it: the target is already percent-encoded, as on the wire.</summary>
public sealed record HostileRequest(string Method, string Target, KeyValuePair<string, string>[] Headers)
{
    public override string ToString()
    {
        var text = $"{Method} {Target} {string.Join("; ", Headers.Select(h => $"{h.Key}: {h.Value}"))}";
        return text.Length <= 400 ? text : text[..400] + "…";
    }
}

/// <summary>
/// What one connection to a real server sends, in the pieces it writes them in; one that gives up stops
/// in the middle of a request and closes the connection.
/// </summary>
public sealed record HostileConnection(string[] Pieces, bool GivesUp);

/// <summary>
/// Hostile requests from a seed, over every route and parameter of the site: odd Unicode, broken UTF-8,
/// huge and negative numbers, repeated parameters, odd methods and headers, a spoofed Host, and (for a
/// real server) broken HTTP. The same seed gives the same requests. Also compiled into bench/Archive.Bench.
/// </summary>
public sealed class HostileRequests(int seed, IReadOnlyList<string> knownPaths)
{
    /// <summary>
    /// Sent as Host (and forwarded host) and nowhere else, so any answer that holds it reflects the Host.
    /// </summary>
    public const string SpoofedHost = "evil.example";

    /// <summary>Text no answer may hold unescaped: it is sent in queries and paths.</summary>
    public const string Script = "<script>fuzz()</script>";

    private static readonly string[] SearchParameters =
    [
        "q", "page", "size", "sort", "from", "to", "year", "month", "org", "type", "province", "not-year",
        "not-month", "not-org", "not-type", "not-province", "exact",
    ];

    /// <summary>
    /// Every route of the site with its query parameters; HttpFuzzTests holds it to the site's own list.
    /// </summary>
    public static readonly (string Route, string[] Parameters)[] Routes =
    [
        ("/", []), ("/about", []), ("/search", SearchParameters), ("/search.atom", SearchParameters),
        ("/help/search", []),
        ("/documents/{id}", ["q", "exact"]), ("/documents/{id}/raw", []),
        ("/dates", []), ("/dates/today", []), ("/dates/on/{day}", ["page"]), ("/dates/undated", []),
        ("/dates/{year}", []), ("/dates/{year}/{month}", []),
        ("/directives", ["sort", "dir"]), ("/directives/{slug}", ["page"]), ("/directives/{slug}/feed.atom", []),
        ("/people", []), ("/people/{slug}", []), ("/people/{slug}/feed.atom", []), ("/organisations", []),
        ("/organisations/{slug}", []), ("/organisations/{slug}/feed.atom", []),
        ("/provinces", ["page"]), ("/provinces/{slug}", ["page"]),
        ("/status/{code}", []),
        ("/api/search", [.. SearchParameters, "format", "max"]), ("/api/documents", ["page", "size"]),
        ("/api/documents/{id}", []),
        ("/api/directives", []), ("/api/directives/{slug}", []), ("/api/{**path}", []),
        ("/feed.atom", []), ("/sitemap.xml", []), ("/sitemaps/{n}.xml", []), ("/robots.txt", []),
        ("/opensearch.xml", []), ("/dataset", []), ("/dataset/archive-bag.zip", []),
        ("/oai", ["verb", "metadataPrefix", "identifier", "from", "until", "set", "resumptionToken"]),
        ("/healthz", []), ("/readyz", []),
    ];

    private static readonly string[] Pieces =
    [
        "\"", "*", "-", ":", "OR", "AND", "NOT", "(", ")", "~", "^", "\\", "/", "?", "&", "=", "#", "'", "+", "..",
        Script, "tham", "nhũng", "nhung", "32-KL/TW", "Kết luận", "KL", "32", "title:", "org:", "directive:", "person:",
        "nội*", "Đ", "Ð", "😀", " ", "\t", "ket luan so", "105-QĐ/TW", "x*", "*x", "a OR", "OR b", "--", "::", "\"a b",
        "a~2", "[a TO b]",
    ];

    private static readonly string[] Vietnamese =
    [
        "Nghị quyết", "Kết luận số 32-KL/TW", "Bộ Chính trị", "Tổng Bí thư Nguyễn Phú Trọng", "phòng, chống tham nhũng",
        "Ủy ban Kiểm tra Trung ương", "Quốc hội",
    ];

    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "-0", "+1", " 1", "1 ", "01", "1.5", "1e3", "0x10", "2147483647", "2147483648", "-2147483648",
        "4294967296", "99999999999999999999999999", "10000", "10001", "100", "101", "1000", "1001", "１２", "٣", "NaN",
        "Infinity", "", "9" + new string('9', 300), "1900", "2100", "1899", "2101", "12", "13", "00", "400", "599",
        "600", "-400",
    ];

    private static readonly string[] Dates =
    [
        "2018-01-01", "2018-02-30", "2018-13-01", "0000-01-01", "9999-12-31", "-2018-01-01", "2018-1-1", "2018/01/01",
        "01-01-2018", "2018-01-01T00:00:00Z", "today", "",
    ];

    // Bytes that are not UTF-8, or not the shortest form: lone surrogates, overlong encodings, out of range, cut short.
    private static readonly string[] BadEscapes =
    [
        "%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C0%AF", "%C0%80", "%E0%80%AF", "%F0%80%80%AF", "%F4%90%80%80",
        "%FF", "%FE%FF", "%E1%BA", "%C3", "%80", "%00", "%0A", "%0D%0A", "%25", "%252e%252e%252f", "%", "%G1", "%%",
        "%EF%BF%BE", "%EF%BF%BF", "%EF%B7%90",
    ];

    private static readonly string[] PathTricks =
    [
        "..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fappsettings.json", "....//", "%5c..%5c", "%2f",
        "%2f%2f", "~", ".", "%20", "+", "index.html", "raw",
    ];

    private static readonly string[] Methods =
        ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "FOO", "get", "Head"];

    private static readonly (string Name, string[] Values)[] OddHeaders =
    [
        ("Accept",
        [
            "*/*", "text/html", "application/json", "application/xml;q=abc", "*/*;q=-1", "text/*, */*;q=0", "a/b/c",
            ";;;", new string('x', 2000),
        ]),
        ("Accept-Language",
        [
            "vi", "en", "en-US,en;q=0.9", "xx-YY;q=2", "*;q=0", "vi;q=NaN, en;q=1e9", ",,,", "zh-Hant-TW-x-private",
            string.Join(",", Enumerable.Range(0, 200).Select(i => $"l{i}")),
        ]),
        ("Range",
        [
            "bytes=0-0", "bytes=-1", "bytes=5-1", "bytes=999999999999-", "bytes=0-1,2-3,4-5", "items=1-2", "bytes=",
            "bytes=-0", string.Join(",", Enumerable.Range(0, 300).Select(i => $"bytes={i}-{i}")),
        ]),
        ("If-None-Match", ["*", "\"x\"", "W/\"x\"", "W/", "\"", "\"a\", W/\"b\", garbage", new string('"', 500)]),
        ("If-Modified-Since",
        [
            "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "yesterday", "-1",
            "Mon, 32 Foo 2018 25:61:61 GMT",
        ]),
        ("If-Range", ["\"x\"", "garbage", "Thu, 01 Jan 1970 00:00:00 GMT"]),
        ("Cookie",
        [
            ".AspNetCore.Culture=c=xx|uic=yy", ".AspNetCore.Culture=c%3Den%7Cuic%3Den", ".AspNetCore.Culture=",
            "a=b; ; ;=;", ".AspNetCore.Culture=" + new string('c', 3000),
        ]),
        ("Content-Type",
        [
            "application/json", "multipart/form-data; boundary=", "text/plain; charset=utf-99", "garbage",
        ]),
        ("Accept-Encoding", ["gzip", "br;q=x", "*;q=0", "identity;q=0"]),
        ("X-Forwarded-Host", [SpoofedHost]), ("Forwarded", [$"host={SpoofedHost};proto=https"]),
        ("X-Forwarded-Proto", ["javascript", "https"]),
        ("Referer", ["javascript:alert(1)", $"http://{SpoofedHost}/"]),
        ("User-Agent", ["", "Googlebot/2.1", new string('u', 4000)]),
    ];

    private readonly Random random = new(seed);
    // The site's static files are no routes; with Range and If-None-Match they answer 206, 416 and 304.
    private static readonly string[] StaticFiles = ["/css/site.css", "/favicon.ico"];

    private readonly string[] known = [.. knownPaths.Order(StringComparer.Ordinal), .. StaticFiles];

    public int Seed => seed;

    /// <summary>Every page path a site lists in its sitemap: real ids and slugs to work on.</summary>
    public static async Task<string[]> SitemapPaths(HttpClient client)
    {
        var paths = new List<string>();
        foreach (var part in Locations(await client.GetStringAsync("/sitemap.xml")))
            paths.AddRange(Locations(await client.GetStringAsync(part)));
        return [.. paths];
    }

    private static IEnumerable<string> Locations(string sitemap) =>
        System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>([^<]*)</loc>")
            .Select(m => new Uri(new Uri("http://site"), m.Groups[1].Value).AbsolutePath);

    /// <summary>A request any HTTP client can send: hostile in its target and headers, well-formed as HTTP.</summary>
    public HostileRequest Next()
    {
        var roll = random.Next(100);
        var method = roll < 75 ? "GET" : roll < 85 ? "HEAD" : Pick(Methods);
        var target = random.Next(3) == 0 && known.Length > 0 ? FromKnownPath() : FromRoute();
        var headers = new List<KeyValuePair<string, string>>();
        if (random.Next(4) == 0) headers.Add(new("Host", SpoofedHost));
        for (var i = random.Next(4); i > 0; i--)
        {
            var (name, values) = Pick(OddHeaders);
            headers.Add(new(name, Pick(values)));
        }
        return new HostileRequest(method, target, [.. headers]);
    }

    /// <summary>
    /// Broken HTTP for a real server: bad request lines, headers and framing, smuggling shapes, pipelining,
    /// HTTP/1.0, absolute-form targets, and requests cut short (a slowloris that gives up).
    /// </summary>
    public HostileConnection NextConnection()
    {
        var host = random.Next(3) == 0 ? SpoofedHost : "localhost";
        var good = $"GET {FromRoute()} HTTP/1.1\r\nHost: {host}\r\n\r\n";
        string[] shapes =
        [
            good,
            $"GET {FromRoute()} HTTP/1.1\r\nHost: {host}\r\n\r\n{good}{good}",
            $"GET {FromRoute()} HTTP/1.0\r\n\r\n",
            $"GET {FromRoute()} HTTP/1.0\r\nHost: {host}\r\nConnection: keep-alive\r\n\r\n{good}",
            $"GET http://{host}{FromRoute()} HTTP/1.1\r\nHost: {host}\r\n\r\n",
            $"GET http://{SpoofedHost}/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            $"GET //{SpoofedHost}/ HTTP/1.1\r\nHost: {host}\r\n\r\n",
            $"GET {FromRoute()} HTTP/1.1\r\n\r\n",
            $"GET / HTTP/1.1\r\nHost: {host}\r\nHost: {SpoofedHost}\r\n\r\n",
            $"GET / HTTP/1.1\r\nHost: {host}:99999\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "CONNECT localhost:80 HTTP/1.1\r\nHost: localhost:80\r\n\r\n",
            $"{Pick(RequestLineTricks)}\r\nHost: {host}\r\n\r\n",
            $"{good}{Pick(RequestLineTricks)}\r\nHost: {host}\r\n\r\n",
            $"GET / HTTP/1.1\r\nHost: {host}\r\n{Pick(HeaderTricks)}\r\n\r\n",
            $"{good}GET / HTTP/1.1\r\nHost: {host}\r\n{Pick(HeaderTricks)}\r\n\r\n{good}",
            $"{Pick(Framing)}{good}",
            $"{good}{Pick(Framing)}",
            $"GET / HTTP/1.1\r\nHost: {host}\r\n" +
                $"{string.Concat(Enumerable.Range(0, random.Next(50, 150)).Select(i => $"X-{i}: {i}\r\n"))}\r\n",
            $"GET / HTTP/1.1\r\nHost: {host}\r\nX-Big: {new string('a', random.Next(30_000, 40_000))}\r\n\r\n",
            $"GET /search?q={new string('a', random.Next(8_000, 9_000))} HTTP/1.1\r\nHost: {host}\r\n\r\n",
            $"GET /{RawBytes()} HTTP/1.1\r\nHost: {host}\r\n\r\n",
            $"GET / HTTP/1.1\r\nHost: {host}\r\nX-Raw: {RawBytes()}\r\n\r\n",
        ];
        var request = Pick(shapes);
        if (random.Next(8) == 0) return new([request[..random.Next(1, request.Length)]], GivesUp: true);
        if (random.Next(4) != 0 || request.Length < 3) return new([request], GivesUp: false);
        var cut = random.Next(1, request.Length - 1);
        return new([request[..cut], request[cut..]], GivesUp: false);
    }

    private static readonly string[] RequestLineTricks =
    [
        "GET / HTTP/1.1 extra", "GET  / HTTP/1.1", " GET / HTTP/1.1", "GET / HTTP/1.2", "GET / HTTP/2.0",
        "GET / HTTP/0.9", "GET / http/1.1", "GET / FOO/1.1", "GET / HTTP/1.1.1", "GET /", "GET", "", "G(T / HTTP/1.1",
        "GET\t/\tHTTP/1.1", "GET /a\u0001b HTTP/1.1", "GET /\0 HTTP/1.1", "GET /%00 HTTP/1.1",
        "GET ../../etc/passwd HTTP/1.1", "GET /\nHost: x", "\r\n\r\nGET / HTTP/1.1", "GET /\u00ff HTTP/1.1",
        "GET /search?q=\u00c3\u00a9 HTTP/1.1", "PRI * HTTP/2.0\r\n\r\nSM", "GET / HTTP/1.1\n",
    ];

    private static readonly string[] HeaderTricks =
    [
        "X-A: a\r\n folded", "X-A: a\r\n\tfolded", "NoColon", "Bad Name: x", "X-A : x", ": empty", "X-A: a\rb",
        "X-A: a\0b", "X-A: a\nX-B: b", "X-\u00e9: x", "Content-Length: 1\r\nContent-Length: 2", "Content-Length: -1",
        "Content-Length: abc", "Content-Length: 1, 1", "Content-Length: 99999999999999999999",
        "Transfer-Encoding: chunked\r\nContent-Length: 3", "Transfer-Encoding: xchunked",
        "Transfer-Encoding: chunked, identity", "Transfer-Encoding: identity", "Expect: 100-continue", "Expect: 200-ok",
        "Connection: upgrade\r\nUpgrade: websocket",
        "Connection: upgrade\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__", "Range: bytes=0-0",
        "If-None-Match: *",
    ];

    private static readonly string[] Framing =
    [
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5;" + new string('e', 5000) +
            "\r\nhello\r\n0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello",
        "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG",
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n",
        "POST /search HTTP/1.1\r\nHost: localhost\r\nContent-Length: 44\r\n\r\n" +
            "GET /api/search?q=a HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n" +
            "0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding:\u000bchunked\r\n\r\n0\r\n\r\n",
        "POST / HTTP/1.0\r\nHost: localhost\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "1\r\nx\r\n0\r\nX-Trailer: " + SpoofedHost + "\r\n\r\n",
    ];

    private string FromRoute()
    {
        var (route, parameters) = Pick(Routes);
        var path = route
            .Replace("{id}", Segment()).Replace("{slug}", Segment()).Replace("{**path}", Segment())
            .Replace("{year}", random.Next(2) == 0 ? "2018" : Escape(Pick(Numbers)))
            .Replace("{month}", random.Next(2) == 0 ? "7" : Escape(Pick(Numbers)))
            .Replace("{day}", random.Next(2) == 0 ? "07-15" : Escape(Pick(Dates)))
            .Replace("{code}", Escape(Pick(Numbers))).Replace("{n}", random.Next(2) == 0 ? "0" : Escape(Pick(Numbers)));
        return path + Query(parameters);
    }

    // A page the site really has, so that deep code runs (a document marked with a query, a directive's citations).
    private string FromKnownPath()
    {
        var path = Pick(known);
        if (path.StartsWith("/documents/", StringComparison.Ordinal))
            path = random.Next(3) switch { 0 => path + "/raw", 1 => "/api" + path, _ => path };
        else if (path.StartsWith("/directives/", StringComparison.Ordinal) && random.Next(2) == 0) path = "/api" + path;
        if (random.Next(5) == 0) path += Pick(["/", "/x", "%2f..", "/raw/raw", ";x", "%00"]);
        return path + Query(ParametersOf(path));
    }

    private static string[] ParametersOf(string path)
    {
        var segments = path.Split('/');
        foreach (var (route, parameters) in Routes)
        {
            var parts = route.Split('/');
            if (parts.Length == segments.Length
                && parts.Zip(segments).All(p => p.First.StartsWith('{') || p.First == p.Second))
                return parameters;
        }
        return [];
    }

    private string Query(string[] parameters)
    {
        var pairs = new List<string>();
        foreach (var name in parameters)
            if (random.Next(3) == 0) pairs.Add($"{name}={Value(name)}");
        if (pairs.Count > 0 && random.Next(6) == 0)
            pairs.Add(pairs[random.Next(pairs.Count)]);   // a repeated parameter
        if (random.Next(8) == 0) pairs.Add($"lang={Pick(["en", "vi", "xx", "", "en-US", Escape(Text())])}");
        if (random.Next(10) == 0)
            pairs.Add(Pick(["=x", "q", "&&", "q[]=a", $"{Escape(Text())}={Escape(Text())}", "q=a&q=b", ";"]));
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private string Value(string name) => name switch
    {
        "page" or "size" or "year" or "max" => random.Next(4) == 0 ? Escape(Text()) : Escape(Pick(Numbers)),
        "format" => Escape(Pick(["csv", "jsonl", "bibtex", "ris", "csl-json", "json", "CSV", "xlsx", "", Text()])),
        "from" or "to" => random.Next(4) == 0 ? Escape(Text()) : Escape(Pick(Dates)),
        "sort" => Escape(Pick(
            ["relevance", "date-desc", "date-asc", "documents", "code", "date", "DATE-DESC", "", Text()])),
        "dir" => Escape(Pick(["asc", "desc", "ASC", "", Text()])),
        "exact" => Escape(Pick(["true", "false", "1", "0", "on", "yes", "", Text()])),
        _ => random.Next(6) == 0 ? BadText() : Escape(Text()),
    };

    private string Segment() => random.Next(5) switch
    {
        0 => BadText(),
        1 => Pick(PathTricks),
        2 => Escape(Pick(Numbers)),
        _ => Escape(Text()),
    };

    /// <summary>Text that is valid Unicode (so it can be escaped), of many hostile kinds.</summary>
    private string Text()
    {
        var text = random.Next(9) switch
        {
            0 => string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => Pick(Pieces))),
            1 => CodePoints(random.Next(1, 20)),
            2 => Insert(Pick(Vietnamese), Pick(["\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF"])),
            3 => Insert(Pick(Vietnamese), Pick(
                ["\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u061C", "\u200B", "\uFEFF"])),
            4 => Pick(Vietnamese) + new string('\u0301', random.Next(1, 60)) + "\u0323\u0309",
            5 => Pick(Vietnamese).Normalize(NormalizationForm.FormD),
            6 => Pick(Pieces) + Script + Pick(Vietnamese),
            7 => string.Concat(Enumerable.Repeat(Pick(Pieces), random.Next(50, 400))),
            _ => Pick(Vietnamese),
        };
        return text;
    }

    /// <summary>Percent-escaped bytes that are not UTF-8, mixed into an escaped text.</summary>
    private string BadText() =>
        Escape(Text()) + Pick(BadEscapes) + Escape(Pick(Vietnamese)) + (random.Next(2) == 0 ? Pick(BadEscapes) : "");

    private string CodePoints(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var code = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x2FF),
                1 => random.Next(0x300, 0xD7FF),
                2 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            text.Append(char.ConvertFromUtf32(code));
        }
        return text.ToString();
    }

    private string Insert(string text, string inserted) => text.Insert(random.Next(text.Length + 1), inserted);

    // Latin-1 characters stand for single bytes on the wire: high bytes, controls, a raw UTF-8 sequence.
    private string RawBytes() =>
        Pick(["\u00c3\u00a9", "\u00ff\u00fe", "\u00ed\u00a0\u0080", "\u00c0\u00af", "\u0001", "\u007f", "\u0085", "a b",
              "%"]);

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
