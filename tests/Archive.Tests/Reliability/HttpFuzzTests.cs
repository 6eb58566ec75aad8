using System.Text;
using Archive.Tests.Web;
using CsCheck;

namespace Archive.Tests.Reliability;

/// <summary>Thousands of random and hostile queries and paths: none may cause a server error.</summary>
public sealed class HttpFuzzTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const int Requests = 2400;

    private static readonly string[] Pieces =
    [
        "\"", "*", "-", ":", "OR", "AND", "(", ")", "~", "^", "\\", "/", "?", "&", "=", "%", "%25", "%00", "%2f", "..", "'", "<script>",
        "tham", "nhũng", "nhung", "32-KL/TW", "Kết luận", "KL", "32", "title:", "org:", "directive:", "person:", "author:", "nội*",
        "e\u0301", "Đ", "Ð", "\u200b", "😀", " ", "  ", "\t", "ket luan so", "105-QD/TW", "x*", "*x", "a OR", "OR b", "--", "::",
    ];

    private static readonly string[] Paths =
    [
        "/search?q={0}", "/api/search?q={0}", "/api/search?q=a&page={0}", "/api/search?q=a&size={0}", "/api/search?q=a&sort={0}",
        "/api/search?q=a&from={0}", "/api/search?q=a&year={0}", "/search?q=a&org={0}", "/search?q=a&type={0}",
        "/documents/{0}", "/documents/{0}/raw", "/api/documents/{0}", "/api/documents?page={0}", "/directives/{0}",
        "/api/directives/{0}", "/people/{0}", "/organisations/{0}", "/dates/{0}", "/dates/2018/{0}", "/{0}", "/help/{0}",
    ];

    [Fact]
    public async Task NoRequestCausesAServerError()
    {
        var client = factory.CreateClient();
        var text = Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[0, 12], Gen.String[0, 20])
            .Select((picks, noise) => string.Concat(picks.Select(i => Pieces[i])) + noise);
        var requests = Gen.Select(Gen.Int[0, Paths.Length - 1], text).Select((path, value) =>
            string.Format(Paths[path], Uri.EscapeDataString(Clean(value))));
        var failures = new List<string>();

        foreach (var path in requests.Array[Requests].Single())
        {
            var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {path}");
        }

        Assert.Empty(failures);
    }

    // A lone surrogate cannot travel in a URL; browsers send U+FFFD in its place.
    private static string Clean(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) text.Append(value, i++, 2);
            else text.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
        }
        return text.ToString();
    }
}
