using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Tests;

public sealed class PooledBodyTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(10, null)]
    [InlineData(300_000, null)]
    [InlineData(300_000, 300_000L)]
    [InlineData(300_000, 1_000L)] // a Content-Length that lies low: the buffer grows
    public async Task Reads_the_whole_body_whatever_its_size_and_announced_length(int size, long? announced)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        await using var source = new TrickleStream(bytes, chunk: 7_919);

        using var body = await PooledBody.ReadAsync(source, announced, CancellationToken.None);
        await using var read = body.AsStream();
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(bytes, body.Memory.ToArray()); // the bytes the MARCXML scanner reads
    }

    [Fact]
    public async Task A_body_that_breaks_off_throws_the_read_error()
    {
        await using var source = new TrickleStream(new byte[100_000], chunk: 4_096, breakAfter: 50_000);

        await Assert.ThrowsAsync<IOException>(() => PooledBody.ReadAsync(source, 100_000, CancellationToken.None));
    }

    /// <summary>Hands out at most a chunk a read, as a socket does, and can break off like a dropped connection.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk, int breakAfter = int.MaxValue) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= breakAfter)
            {
                throw new IOException("connection reset");
            }

            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
