using System.Text;
using Archive.Web.Hosting;

namespace Archive.Tests.Web;

/// <summary>Which bytes the connection watch changes: only one empty response head without the headers.</summary>
public sealed class KestrelOwnAnswersTests
{
    [Fact]
    public void AddsTheHeadersBeforeTheBlankLineOfAnEmptyHead()
    {
        var head = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n" +
            "Connection: close\r\nDate: Thu, 03 Dec 2026 08:00:00 GMT\r\n\r\n";

        var changed = Encoding.Latin1.GetString(KestrelOwnAnswers.WithSecurityHeaders(Encoding.Latin1.GetBytes(head))!);

        Assert.StartsWith(head[..^2], changed);
        Assert.EndsWith(
            "Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\r\n\r\n",
            changed);
        foreach (var (name, value) in SecurityHeaders.All) Assert.Contains($"\r\n{name}: {value}\r\n", changed);
    }

    [Theory]
    [InlineData("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n")]
    [InlineData(
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n")]
    [InlineData("body text HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("\u0017\u0003\u0003\u0000\u0020")]
    [InlineData("")]
    public void LeavesEverythingElseAsItIs(string written)
    {
        Assert.Null(KestrelOwnAnswers.WithSecurityHeaders(Encoding.Latin1.GetBytes(written)));
    }
}
