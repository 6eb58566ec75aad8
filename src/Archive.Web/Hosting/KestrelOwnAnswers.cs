using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Archive.Web.Hosting;

/// <summary>
/// Kestrel answers a request it cannot parse (400 for a bad request line or header, 408, 414, 431, 505)
/// itself, before any middleware, and offers no hook to change that answer. So the connection's output is
/// watched instead: what Kestrel writes while no application answer is under way is held until it is
/// flushed, and if it is one empty response head without <c>X-Content-Type-Options</c> (which the
/// application always sends), the security headers are added to it. Everything the application writes,
/// bodies included, goes through untouched.
/// </summary>
/// <remarks>
/// An application answer runs from the first middleware until <c>Response.OnCompleted</c>, which Kestrel
/// calls once the whole response is written and before it reads the next request on the connection. Over
/// TLS (not used: a proxy terminates it) this would see ciphertext and add nothing; HTTP/2 frames never
/// start with "HTTP/1.1 ", so they are never touched either.
/// </remarks>
public sealed class KestrelOwnAnswers(PipeWriter transport) : PipeWriter
{
    private static readonly byte[] HeaderLines = Encoding.ASCII.GetBytes(
        string.Concat(SecurityHeaders.All.Select(header => $"{header.Key}: {header.Value}\r\n")));

    private readonly ArrayBufferWriter<byte> held = new();
    private int applicationAnswers;
    private bool holding;

    /// <summary>Adds the watch to every connection of an endpoint.</summary>
    public static void AddTo(ListenOptions listen) => listen.Use(next => connection =>
    {
        var output = new KestrelOwnAnswers(connection.Transport.Output);
        connection.Transport = new DuplexPipe(connection.Transport.Input, output);
        connection.Features.Set(output);
        return next(connection);
    });

    /// <summary>
    /// Called by the first middleware: until this response is complete, writes are the application's.
    /// </summary>
    public void ApplicationAnswers(HttpResponse response)
    {
        Interlocked.Increment(ref applicationAnswers);
        response.OnCompleted(static output =>
        {
            Interlocked.Decrement(ref ((KestrelOwnAnswers)output).applicationAnswers);
            return Task.CompletedTask;
        }, this);
    }

    /// <summary>
    /// The head with the security headers added before its blank line, or null when it is not exactly one
    /// empty response head without them.
    /// </summary>
    public static byte[]? WithSecurityHeaders(ReadOnlySpan<byte> written)
    {
        var text = Encoding.Latin1.GetString(written);
        var isOneEmptyHead = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)
            && text.IndexOf("\r\n\r\n", StringComparison.Ordinal) == text.Length - 4
            && text.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("\r\nX-Content-Type-Options:", StringComparison.OrdinalIgnoreCase);
        if (!isOneEmptyHead) return null;
        return [.. written[..^2], .. HeaderLines, .. "\r\n"u8];
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) =>
        StartWrite() ? held.GetMemory(sizeHint) : transport.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) =>
        StartWrite() ? held.GetSpan(sizeHint) : transport.GetSpan(sizeHint);

    public override void Advance(int bytes)
    {
        if (holding) held.Advance(bytes);
        else transport.Advance(bytes);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return transport.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        Release();
        transport.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return transport.CompleteAsync(exception);
    }

    public override void CancelPendingFlush() => transport.CancelPendingFlush();

    public override bool CanGetUnflushedBytes => transport.CanGetUnflushedBytes;

    public override long UnflushedBytes => transport.UnflushedBytes + held.WrittenCount;

    // Once holding, everything up to the next flush is held, so the bytes keep their order.
    private bool StartWrite()
    {
        holding = held.WrittenCount > 0 || Volatile.Read(ref applicationAnswers) == 0;
        return holding;
    }

    private void Release()
    {
        if (held.WrittenCount == 0) return;
        transport.Write(WithSecurityHeaders(held.WrittenSpan) ?? held.WrittenSpan);
        held.ResetWrittenCount();
        holding = false;
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;
        public PipeWriter Output => output;
    }
}
