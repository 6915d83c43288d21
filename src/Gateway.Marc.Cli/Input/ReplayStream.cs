namespace Gateway.Marc.Cli.Input;

/// <summary>
/// Gives back the bytes already read for sniffing, then the rest of the inner stream. Standard input cannot seek,
/// so the sniffed head is replayed instead of rewound, from <paramref name="headStart"/> on.
/// </summary>
internal sealed class ReplayStream(byte[] head, int headStart, int headLength, Stream inner) : Stream
{
    private int _headPosition = headStart;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < headLength)
        {
            var count = Math.Min(buffer.Length, headLength - _headPosition);
            head.AsSpan(_headPosition, count).CopyTo(buffer);
            _headPosition += count;
            return count;
        }

        return inner.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_headPosition < headLength)
        {
            return Read(buffer.Span);
        }

        return await inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
