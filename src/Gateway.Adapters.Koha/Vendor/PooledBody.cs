using System.Buffers;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// A response body read into a buffer from the shared array pool. A page of MARCXML is a few hundred kilobytes: read
/// with <c>HttpCompletionOption.ResponseContentRead</c> it ends in a new exactly sized array, a large-object
/// allocation a page that forces a full (gen2) collection every few pages of a full load; a pooled buffer does not.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;

    private byte[] _buffer;
    private int _length;

    private PooledBody(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The body's bytes in the pooled buffer; valid until this is disposed.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, _length);

    /// <summary>The body as a read-only stream over the pooled buffer; valid until this is disposed.</summary>
    public Stream AsStream() => new MemoryStream(_buffer, 0, _length, writable: false);

    /// <summary>Reads the whole stream asynchronously; a body that breaks off throws <see cref="IOException"/>.</summary>
    public static async Task<PooledBody> ReadAsync(Stream stream, long? expectedLength, CancellationToken ct)
    {
        var body = new PooledBody(expectedLength is > 0 and < int.MaxValue ? (int)expectedLength.Value + 1 : FirstSize);
        try
        {
            while (true)
            {
                if (body._length == body._buffer.Length)
                {
                    body.Grow();
                }

                var read = await stream.ReadAsync(body._buffer.AsMemory(body._length), ct);
                if (read == 0)
                {
                    return body;
                }

                body._length += read;
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow()
    {
        var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
