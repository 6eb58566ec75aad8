using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Storage;

/// <summary>
/// An index folder read with positional reads (pread): any number of threads read the same file at
/// once without a lock. Memory-mapping the index instead (Lucene's default here) counts every page it
/// touches in the site's resident memory (docs/performance.md, "Parts"); Lucene.Net's own NIOFSDirectory
/// reads without mapping but takes a lock per file, and a compound segment is one file.
/// </summary>
public sealed class PositionalReadDirectory(string path) : FSDirectory(new DirectoryInfo(path))
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenFileNamed(name);
        return new Input(
            $"{nameof(PositionalReadDirectory)}({file.Path})",
            file,
            0,
            RandomAccess.GetLength(file.Handle),
            BufferedIndexInput.GetBufferSize(context),
            owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(OpenFileNamed(name), BufferedIndexInput.GetBufferSize(context));
    }

    private OpenFile OpenFileNamed(string name)
    {
        var full = Path.Combine(Directory.FullName, name);
        return new OpenFile(
            full,
            File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }

    private sealed record OpenFile(string Path, SafeFileHandle Handle);

    private sealed class Slicer(OpenFile file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input(
                $"{nameof(PositionalReadDirectory)}({sliceDescription} in {file.Path})",
                file,
                offset,
                length,
                bufferSize,
                owner: false);

        [Obsolete("Only for reading compound files of 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, RandomAccess.GetLength(file.Handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Handle.Dispose();
        }
    }

    /// <summary>A file, or a slice of one, read at absolute positions; clones share the handle.</summary>
    private sealed class Input(string description, OpenFile file, long start, long length, int bufferSize, bool owner)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
                throw new EndOfStreamException($"Read past the end of {this}: {position} + {count} > {length}");
            var span = b.AsSpan(offset, count);
            while (span.Length > 0)
            {
                var read = RandomAccess.Read(file.Handle, span, start + position);
                if (read <= 0) throw new EndOfStreamException($"Read past the end of {this} at {position}");
                span = span[read..];
                position += read;
            }
        }

        // Every read says where it reads from: nothing to move.
        protected override void SeekInternal(long pos) { }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner && !isClone) file.Handle.Dispose();
        }
    }
}
