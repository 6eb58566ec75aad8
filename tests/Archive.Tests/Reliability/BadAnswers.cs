using System.Text.RegularExpressions;
using Archive.Web.Hosting;

namespace Archive.Tests.Reliability;

/// <summary>What makes an answer to a hostile request bad; HttpFuzzTests and the fuzz bench judge alike.</summary>
public static class BadAnswers
{
    public static readonly TimeSpan TooLong = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Why an answer is bad, or null: a 5xx (but 505, the right answer to an HTTP version Kestrel does not
    /// speak), a missing security header, over 5 s, the spoofed Host anywhere, the script unescaped in markup.
    /// </summary>
    /// <param name="head">The status line or nothing, then one "Name: value" line per header.</param>
    public static string? Problem(int status, string head, string body, TimeSpan took)
    {
        if (status >= 500 && status != 505) return $"{status}";
        if (took > TooLong) return $"took {took.TotalSeconds:0.0} s";
        foreach (var (name, _) in SecurityHeaders.All)
            if (!Regex.IsMatch(head, $@"(^|\n){Regex.Escape(name)}:", RegexOptions.IgnoreCase))
                return $"{status} without {name}";
        var text = head + "\r\n\r\n" + body;
        if (text.Contains(HostileRequests.SpoofedHost, StringComparison.OrdinalIgnoreCase))
            return $"{status} reflects the Host";
        if (Executable(head) && text.Contains(HostileRequests.Script, StringComparison.OrdinalIgnoreCase))
            return $"{status} holds the script unescaped";
        return null;
    }

    /// <summary>The headers of a response as <see cref="Problem"/> reads them.</summary>
    public static string Head(HttpResponseMessage response) =>
        string.Join(
            "\r\n",
            response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));

    // A browser runs script only in markup; plain text and JSON are shown as they are (nosniff is checked).
    private static bool Executable(string head) =>
        Regex.Match(head, @"(^|\n)Content-Type: *([^;\r\n]*)", RegexOptions.IgnoreCase) is not { Success: true } type
        || type.Groups[2].Value.Contains("html", StringComparison.OrdinalIgnoreCase)
        || type.Groups[2].Value.Contains("xml", StringComparison.OrdinalIgnoreCase);
}
