namespace Archive.Export;

/// <summary>
/// A write-only stream for an output that refuses synchronous writes (an ASP.NET Core response): the few
/// bytes System.IO.Compression still writes synchronously (an entry's last deflate block and descriptor,
/// when its stream is disposed) are held and go out ahead of the next asynchronous write or flush.
/// What is held stays as small as the largest such write, whatever the archive's size.
/// </summary>
internal sealed class PendingWrites(Stream output) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override async ValueTask WriteAsync(
        ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await DrainAsync(cancellationToken);
        await output.WriteAsync(buffer, cancellationToken);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Nothing to do synchronously: what is held leaves with the next asynchronous write.
    public override void Flush() { }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public async ValueTask DrainAsync(CancellationToken cancellation)
    {
        if (pending.Length == 0) return;
        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellation);
        pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) pending.Dispose();
        base.Dispose(disposing);
    }
}
